package io.eksplanner.topology;

import io.eksplanner.common.NullAsEmpty;
import io.eksplanner.topology.model.ExternalTrafficPolicy;
import io.eksplanner.topology.model.Protocol;
import io.eksplanner.topology.model.ServiceType;
import io.eksplanner.topology.spec.PortReference;
import io.eksplanner.topology.spec.ServicePortSpec;
import io.eksplanner.topology.spec.ServiceSpec;
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
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.List;

/** A Kubernetes Service of the cluster, stored as the user wrote it. */
@Entity
class KubernetesService implements ClusterChild<ServiceSpec> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String namespace;
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "service_type")
    private ServiceType type;

    @Enumerated(EnumType.STRING)
    private ExternalTrafficPolicy externalTrafficPolicy;

    private Integer healthCheckNodePort;
    private Boolean allocateLoadBalancerNodePorts;
    private String loadBalancerClass;

    @ElementCollection
    @CollectionTable(name = "service_selector", joinColumns = @JoinColumn(name = "service_id"))
    @OrderColumn(name = "position")
    private List<KeyValue> selector = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "service_annotation", joinColumns = @JoinColumn(name = "service_id"))
    @OrderColumn(name = "position")
    private List<KeyValue> annotations = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "service_port", joinColumns = @JoinColumn(name = "service_id"))
    @OrderColumn(name = "position")
    private List<ServicePort> ports = new ArrayList<>();

    protected KubernetesService() {}

    KubernetesService(ServiceSpec spec) {
        apply(spec);
    }

    @Override
    public ChildKey key() {
        return new ChildKey(namespace, name);
    }

    @Override
    public void apply(ServiceSpec spec) {
        namespace = spec.namespace();
        name = spec.name();
        type = spec.type();
        externalTrafficPolicy = spec.externalTrafficPolicy();
        healthCheckNodePort = spec.healthCheckNodePort();
        allocateLoadBalancerNodePorts = spec.allocateLoadBalancerNodePorts();
        loadBalancerClass = spec.loadBalancerClass();
        PersistentLists.replace(selector, KeyValue.listOf(spec.selector()));
        PersistentLists.replace(annotations, KeyValue.listOf(spec.annotations()));
        PersistentLists.replace(ports, NullAsEmpty.mapped(spec.ports(), ServicePort::new));
    }

    @Override
    public ServiceSpec toSpec() {
        return new ServiceSpec(
                name,
                namespace,
                type,
                KeyValue.mapOf(selector),
                NullAsEmpty.mapped(ports, ServicePort::toSpec),
                externalTrafficPolicy,
                healthCheckNodePort,
                allocateLoadBalancerNodePorts,
                loadBalancerClass,
                KeyValue.mapOf(annotations));
    }

    /** A port of the Service; the target port is kept as Kubernetes writes an IntOrString. */
    @Embeddable
    static class ServicePort {

        @Column(name = "port_name")
        private String name;

        @Column(name = "port_number")
        private Integer port;

        private String targetPort;
        private Integer nodePort;

        @Enumerated(EnumType.STRING)
        private Protocol protocol;

        protected ServicePort() {}

        ServicePort(ServicePortSpec spec) {
            name = spec.name();
            port = spec.port();
            targetPort = spec.targetPort() == null ? null : spec.targetPort().text();
            nodePort = spec.nodePort();
            protocol = spec.protocol();
        }

        ServicePortSpec toSpec() {
            return new ServicePortSpec(name, port, PortReference.parse(targetPort), nodePort, protocol);
        }
    }
}
