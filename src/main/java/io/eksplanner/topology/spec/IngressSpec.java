package io.eksplanner.topology.spec;

import static io.eksplanner.common.NameRule.DNS1123_LABEL;
import static io.eksplanner.common.NameRule.DNS1123_SUBDOMAIN;
import static io.eksplanner.common.NameRule.QUALIFIED_KEY;

import io.eksplanner.topology.model.ClusterTopology;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * A Kubernetes Ingress (networking.k8s.io/v1). Public: {@code importing}, {@code importing.manifests}, {@code topology}
 * and {@code topology.web} use it.
 */
@Schema(name = "IngressSpec")
public record IngressSpec(
        @NotNull @ValidName(DNS1123_SUBDOMAIN) @Schema(example = "web")
        String name,

        @NotNull @ValidName(DNS1123_LABEL) @Schema(example = "default")
        String namespace,

        @ValidName(DNS1123_SUBDOMAIN) String ingressClassName,
        Map<@NotNull @ValidName(QUALIFIED_KEY) String, @NotNull @Size(max = 262144) String> annotations,
        List<@NotNull @Valid IngressRuleSpec> rules,
        @Valid IngressBackendSpec defaultBackend,

        @Schema(description = "the Ingress's tls section: hosts for the ALB's ACM certificate discovery")
        List<@NotNull @Valid IngressTlsSpec> tls) {

    /** An Ingress without a {@code tls} section. */
    public IngressSpec(
            String name,
            String namespace,
            String ingressClassName,
            Map<String, String> annotations,
            List<IngressRuleSpec> rules,
            IngressBackendSpec defaultBackend) {
        this(name, namespace, ingressClassName, annotations, rules, defaultBackend, null);
    }

    ClusterTopology.Ingress toModel() {
        return new ClusterTopology.Ingress(
                name,
                namespace,
                ingressClassName,
                annotations,
                SpecValues.map(rules, IngressRuleSpec::toModel),
                defaultBackend == null ? null : defaultBackend.toModel(),
                SpecValues.map(tls, IngressTlsSpec::toModel));
    }
}
