package io.eksplanner.topology;

import io.eksplanner.common.NullAsEmpty;
import io.eksplanner.topology.model.PathType;
import io.eksplanner.topology.spec.IngressBackendSpec;
import io.eksplanner.topology.spec.IngressPathSpec;
import io.eksplanner.topology.spec.IngressRuleSpec;
import io.eksplanner.topology.spec.IngressSpec;
import io.eksplanner.topology.spec.IngressTlsSpec;
import io.eksplanner.topology.spec.PortReference;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.List;

/** A Kubernetes Ingress of the cluster, stored as the user wrote it. */
@Entity
class Ingress implements ClusterChild<IngressSpec> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String namespace;
    private String name;
    private String ingressClassName;
    private String defaultBackendServiceName;
    private String defaultBackendServicePort;

    @ElementCollection
    @CollectionTable(name = "ingress_annotation", joinColumns = @JoinColumn(name = "ingress_id"))
    @OrderColumn(name = "position")
    private List<KeyValue> annotations = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "ingress_id", nullable = false)
    @OrderColumn(name = "position", nullable = false)
    private List<Rule> rules = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "ingress_id", nullable = false)
    @OrderColumn(name = "position", nullable = false)
    private List<Tls> tls = new ArrayList<>();

    protected Ingress() {}

    Ingress(IngressSpec spec) {
        apply(spec);
    }

    @Override
    public ChildKey key() {
        return new ChildKey(namespace, name);
    }

    @Override
    public void apply(IngressSpec spec) {
        namespace = spec.namespace();
        name = spec.name();
        ingressClassName = spec.ingressClassName();
        var backend = spec.defaultBackend();
        defaultBackendServiceName = backend == null ? null : backend.serviceName();
        defaultBackendServicePort =
                backend == null ? null : backend.servicePort().text();
        PersistentLists.replace(annotations, KeyValue.listOf(spec.annotations()));
        PersistentLists.replace(rules, NullAsEmpty.mapped(spec.rules(), Rule::new));
        PersistentLists.replace(tls, NullAsEmpty.mapped(spec.tls(), Tls::new));
    }

    @Override
    public IngressSpec toSpec() {
        var backend = defaultBackendServiceName == null
                ? null
                : new IngressBackendSpec(defaultBackendServiceName, PortReference.parse(defaultBackendServicePort));
        return new IngressSpec(
                name,
                namespace,
                ingressClassName,
                KeyValue.mapOf(annotations),
                NullAsEmpty.mapped(rules, Rule::toSpec),
                backend,
                tls.isEmpty() ? null : NullAsEmpty.mapped(tls, Tls::toSpec));
    }

    /** An entry of the Ingress's {@code tls} section: its hosts and Secret name. */
    @Entity(name = "IngressTls")
    @jakarta.persistence.Table(name = "ingress_tls")
    static class Tls {

        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        private Long id;

        private String secretName;

        @ElementCollection
        @CollectionTable(name = "ingress_tls_host", joinColumns = @JoinColumn(name = "tls_id"))
        @OrderColumn(name = "position")
        @Column(name = "host")
        private List<String> hosts = new ArrayList<>();

        protected Tls() {}

        Tls(IngressTlsSpec spec) {
            secretName = spec.secretName();
            hosts.addAll(NullAsEmpty.list(spec.hosts()));
        }

        IngressTlsSpec toSpec() {
            return new IngressTlsSpec(List.copyOf(hosts), secretName);
        }
    }

    /** An Ingress rule: an optional host and its ordered paths. */
    @Entity(name = "IngressRule")
    @jakarta.persistence.Table(name = "ingress_rule")
    static class Rule {

        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        private Long id;

        private String host;

        @ElementCollection
        @CollectionTable(name = "ingress_path", joinColumns = @JoinColumn(name = "rule_id"))
        @OrderColumn(name = "position")
        private List<Path> paths = new ArrayList<>();

        protected Rule() {}

        Rule(IngressRuleSpec spec) {
            host = spec.host();
            paths.addAll(NullAsEmpty.mapped(spec.paths(), Path::new));
        }

        IngressRuleSpec toSpec() {
            return new IngressRuleSpec(host, NullAsEmpty.mapped(paths, Path::toSpec));
        }
    }

    /** A path of a rule and the Service port it routes to. */
    @Embeddable
    static class Path {

        private String path;

        @Enumerated(EnumType.STRING)
        private PathType pathType;

        private String serviceName;

        @Column(name = "service_port")
        private String servicePort;

        protected Path() {}

        Path(IngressPathSpec spec) {
            path = spec.path();
            pathType = spec.pathType();
            serviceName = spec.serviceName();
            servicePort = spec.servicePort().text();
        }

        IngressPathSpec toSpec() {
            return new IngressPathSpec(path, pathType, serviceName, PortReference.parse(servicePort));
        }
    }
}
