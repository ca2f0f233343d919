package io.eksplanner.importing.manifests;

import static io.eksplanner.importing.manifests.ManifestFields.annotations;
import static io.eksplanner.importing.manifests.ManifestFields.enumValue;
import static io.eksplanner.importing.manifests.ManifestFields.name;
import static io.eksplanner.importing.manifests.ManifestFields.namespace;
import static io.eksplanner.importing.manifests.ManifestFields.port;
import static io.eksplanner.importing.manifests.ManifestFields.portName;

import io.eksplanner.common.NameRule;
import io.eksplanner.topology.model.PathType;
import io.eksplanner.topology.spec.IngressBackendSpec;
import io.eksplanner.topology.spec.IngressPathSpec;
import io.eksplanner.topology.spec.IngressRuleSpec;
import io.eksplanner.topology.spec.IngressSpec;
import io.eksplanner.topology.spec.IngressTlsSpec;
import io.eksplanner.topology.spec.PortReference;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import io.fabric8.kubernetes.api.model.networking.v1.ServiceBackendPort;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Ingresses ({@code networking.k8s.io/v1}) as the topology's Ingresses: their rules, paths and Service backends. */
final class IngressReader {

    private static final Pattern TLS_HOST =
            Pattern.compile("(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");

    private static final int TLS_HOST_MAX = 253;

    private IngressReader() {}

    static void read(Ingress ingress, ObjectLog at, ManifestObjects into) {
        String name = name(ingress, NameRule.DNS1123_SUBDOMAIN, at);
        String namespace = namespace(ingress, at);
        var spec = ingress.getSpec();
        if (spec == null) {
            at.problem("spec", "must be set: an Ingress needs rules or a default backend");
            return;
        }
        String className = spec.getIngressClassName();
        if (className != null && !NameRule.DNS1123_SUBDOMAIN.accepts(className)) {
            at.problem("spec.ingressClassName", NameRule.DNS1123_SUBDOMAIN.describe());
        }
        List<IngressRuleSpec> rules = rules(spec.getRules(), at);
        IngressBackendSpec defaultBackend =
                spec.getDefaultBackend() == null ? null : backend(spec.getDefaultBackend(), "spec.defaultBackend", at);
        into.add(new IngressSpec(
                name,
                namespace,
                className,
                annotations(ingress.getMetadata()),
                rules,
                defaultBackend,
                tls(spec.getTls(), at)));
    }

    /** The tls section: each entry's hosts and Secret name; null when there is none. */
    private static List<IngressTlsSpec> tls(List<IngressTLS> given, ObjectLog at) {
        if (given == null || given.isEmpty()) {
            return null;
        }
        var entries = new ArrayList<IngressTlsSpec>();
        for (int t = 0; t < given.size(); t++) {
            var entry = given.get(t);
            var hosts = entry.getHosts() == null ? List.<String>of() : entry.getHosts();
            for (int h = 0; h < hosts.size(); h++) {
                var host = hosts.get(h);
                if (host == null || !TLS_HOST.matcher(host).matches() || host.length() > TLS_HOST_MAX) {
                    at.problem(
                            "spec.tls[" + t + "].hosts[" + h + "]",
                            "must be a DNS name, optionally starting with '*.'");
                }
            }
            var secret = entry.getSecretName();
            if (secret != null && !NameRule.DNS1123_SUBDOMAIN.accepts(secret)) {
                at.problem("spec.tls[" + t + "].secretName", NameRule.DNS1123_SUBDOMAIN.describe());
            }
            entries.add(new IngressTlsSpec(List.copyOf(hosts), secret));
        }
        return entries;
    }

    private static List<IngressRuleSpec> rules(List<IngressRule> given, ObjectLog at) {
        List<IngressRuleSpec> rules = new ArrayList<>();
        List<IngressRule> ingressRules = given == null ? List.of() : given;
        for (int r = 0; r < ingressRules.size(); r++) {
            IngressRule rule = ingressRules.get(r);
            List<HTTPIngressPath> httpPaths =
                    rule.getHttp() == null || rule.getHttp().getPaths() == null
                            ? List.of()
                            : rule.getHttp().getPaths();
            List<IngressPathSpec> paths = new ArrayList<>();
            for (int p = 0; p < httpPaths.size(); p++) {
                paths.add(path(httpPaths.get(p), "spec.rules[" + r + "].http.paths[" + p + "].", at));
            }
            rules.add(new IngressRuleSpec(rule.getHost(), paths));
        }
        return rules;
    }

    private static IngressPathSpec path(HTTPIngressPath httpPath, String path, ObjectLog at) {
        if (httpPath.getPath() != null && !httpPath.getPath().startsWith("/")) {
            at.problem(path + "path", "must start with '/'");
        }
        PathType pathType = enumValue(PathType.class, httpPath.getPathType(), null, path + "pathType", at);
        if (httpPath.getPathType() == null) {
            at.problem(
                    path + "pathType", "must be set in networking.k8s.io/v1: Exact, Prefix or ImplementationSpecific");
        }
        IngressBackendSpec backend = backend(httpPath.getBackend(), path + "backend", at);
        return new IngressPathSpec(
                httpPath.getPath(),
                pathType,
                backend == null ? null : backend.serviceName(),
                backend == null ? null : backend.servicePort());
    }

    private static IngressBackendSpec backend(IngressBackend backend, String path, ObjectLog at) {
        if (backend == null) {
            at.problem(path, "must be set: the planner routes a path to a Service");
            return null;
        }
        var service = backend.getService();
        if (service == null) {
            at.problem(
                    path + ".service",
                    backend.getResource() != null
                            ? "must be set: the planner routes only to Services, not to resource backends"
                            : "must be set: the planner routes a path to a Service");
            return null;
        }
        if (service.getName() == null) {
            at.problem(path + ".service.name", "must be set");
        } else if (!NameRule.DNS1035_LABEL.accepts(service.getName())) {
            at.problem(path + ".service.name", NameRule.DNS1035_LABEL.describe());
        }
        return new IngressBackendSpec(service.getName(), servicePort(service.getPort(), path + ".service.port", at));
    }

    /** The backend's port, by number or by name; null when it is missing or given both ways. */
    private static PortReference servicePort(ServiceBackendPort port, String path, ObjectLog at) {
        if (port == null || (port.getNumber() == null && port.getName() == null)) {
            at.problem(path, "must be set: a port number or a port name");
            return null;
        }
        if (port.getNumber() != null && port.getName() != null) {
            at.problem(path, "must be a port number or a port name, not both");
            return null;
        }
        if (port.getNumber() != null) {
            port(port.getNumber(), path + ".number", true, at);
            return PortReference.of(port.getNumber());
        }
        portName(port.getName(), path + ".name", at);
        return PortReference.of(port.getName());
    }
}
