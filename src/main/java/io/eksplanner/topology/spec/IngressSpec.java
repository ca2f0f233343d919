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
        @NotNull
        @ValidName(DNS1123_SUBDOMAIN)
        @Schema(description = "the Ingress's name, a DNS-1123 subdomain; unique with namespace", example = "web")
        String name,

        @NotNull
        @ValidName(DNS1123_LABEL)
        @Schema(description = "the Kubernetes namespace, a DNS-1123 label", example = "default")
        String namespace,

        @Schema(
                description =
                        "the IngressClass that takes the Ingress, a DNS-1123 subdomain; the kubernetes.io/ingress.class annotation, when present, wins over it; null = the class marked isDefault")
        @ValidName(DNS1123_SUBDOMAIN)
        String ingressClassName,

        @Schema(
                description =
                        "the Ingress's annotations; the alb.ingress.kubernetes.io/* ones (scheme, group.name, target-type, …) shape the ALB")
        Map<@NotNull @ValidName(QUALIFIED_KEY) String, @NotNull @Size(max = 262144) String> annotations,

        @Schema(description = "host and path rules, each a listener rule of the ALB")
        List<@NotNull @Valid IngressRuleSpec> rules,

        @Schema(description = "the Service that takes requests no rule matches; null = the ALB's fixed 404") @Valid
        IngressBackendSpec defaultBackend,

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
