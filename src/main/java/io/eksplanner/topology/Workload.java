package io.eksplanner.topology;

import io.eksplanner.common.NullAsEmpty;
import io.eksplanner.topology.model.Placement;
import io.eksplanner.topology.model.Protocol;
import io.eksplanner.topology.model.WorkloadKind;
import io.eksplanner.topology.spec.ContainerPortSpec;
import io.eksplanner.topology.spec.WorkloadSpec;
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

/** A Kubernetes workload of the cluster, stored as the user wrote it. */
@Entity
class Workload implements ClusterChild<WorkloadSpec> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String namespace;
    private String name;

    @Enumerated(EnumType.STRING)
    private WorkloadKind kind;

    private Integer replicas;

    @Enumerated(EnumType.STRING)
    private Placement placement;

    private Boolean hostNetwork;
    private Boolean podSecurityGroup;

    @ElementCollection
    @CollectionTable(name = "workload_label", joinColumns = @JoinColumn(name = "workload_id"))
    @OrderColumn(name = "position")
    private List<KeyValue> labels = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "workload_port", joinColumns = @JoinColumn(name = "workload_id"))
    @OrderColumn(name = "position")
    private List<ContainerPort> ports = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "workload_node_group", joinColumns = @JoinColumn(name = "workload_id"))
    @OrderColumn(name = "position")
    @Column(name = "node_group_name")
    private List<String> nodeGroups = new ArrayList<>();

    protected Workload() {}

    Workload(WorkloadSpec spec) {
        apply(spec);
    }

    @Override
    public ChildKey key() {
        return new ChildKey(namespace, name);
    }

    @Override
    public void apply(WorkloadSpec spec) {
        namespace = spec.namespace();
        name = spec.name();
        kind = spec.kind();
        replicas = spec.replicas();
        placement = spec.placement();
        hostNetwork = spec.hostNetwork();
        podSecurityGroup = spec.podSecurityGroup();
        PersistentLists.replace(labels, KeyValue.listOf(spec.labels()));
        PersistentLists.replace(ports, NullAsEmpty.mapped(spec.ports(), ContainerPort::new));
        PersistentLists.replace(nodeGroups, NullAsEmpty.list(spec.nodeGroups()));
    }

    @Override
    public WorkloadSpec toSpec() {
        return new WorkloadSpec(
                name,
                namespace,
                kind,
                replicas,
                KeyValue.mapOf(labels),
                NullAsEmpty.mapped(ports, ContainerPort::toSpec),
                placement,
                List.copyOf(nodeGroups),
                hostNetwork,
                podSecurityGroup);
    }

    /** A container port of the workload. */
    @Embeddable
    static class ContainerPort {

        @Column(name = "port_name")
        private String name;

        private Integer containerPort;

        @Enumerated(EnumType.STRING)
        private Protocol protocol;

        protected ContainerPort() {}

        ContainerPort(ContainerPortSpec spec) {
            name = spec.name();
            containerPort = spec.containerPort();
            protocol = spec.protocol();
        }

        ContainerPortSpec toSpec() {
            return new ContainerPortSpec(name, containerPort, protocol);
        }
    }
}
