package io.eksplanner.topology;

import io.eksplanner.common.NullAsEmpty;
import io.eksplanner.topology.spec.NodeGroupSpec;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.List;

/** A node group of the cluster, stored as the user wrote it. */
@Entity
class NodeGroup implements ClusterChild<NodeGroupSpec> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private String instanceType;
    private Integer desiredSize;
    private Integer minSize;
    private Integer maxSize;
    private Boolean managed;
    private Integer maxPods;
    private String amiFamily;

    @ElementCollection
    @CollectionTable(name = "node_group_subnet", joinColumns = @JoinColumn(name = "node_group_id"))
    @OrderColumn(name = "position")
    @Column(name = "subnet_name")
    private List<String> subnets = new ArrayList<>();

    protected NodeGroup() {}

    NodeGroup(NodeGroupSpec spec) {
        apply(spec);
    }

    @Override
    public ChildKey key() {
        return ChildKey.of(name);
    }

    @Override
    public void apply(NodeGroupSpec spec) {
        name = spec.name();
        instanceType = spec.instanceType();
        desiredSize = spec.desiredSize();
        minSize = spec.minSize();
        maxSize = spec.maxSize();
        managed = spec.managed();
        maxPods = spec.maxPods();
        amiFamily = spec.amiFamily();
        PersistentLists.replace(subnets, NullAsEmpty.list(spec.subnets()));
    }

    @Override
    public NodeGroupSpec toSpec() {
        return new NodeGroupSpec(
                name, instanceType, desiredSize, minSize, maxSize, List.copyOf(subnets), managed, maxPods, amiFamily);
    }
}
