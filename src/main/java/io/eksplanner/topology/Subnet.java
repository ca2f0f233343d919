package io.eksplanner.topology;

import io.eksplanner.topology.model.Egress;
import io.eksplanner.topology.model.SubnetType;
import io.eksplanner.topology.spec.SubnetSpec;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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

/** A subnet of the cluster's VPC, stored as the user wrote it. */
@Entity
class Subnet implements ClusterChild<SubnetSpec> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Column(name = "aws_id")
    private String awsId;

    private String cidr;
    private String availabilityZone;

    @Enumerated(EnumType.STRING)
    @Column(name = "subnet_type")
    private SubnetType type;

    @Enumerated(EnumType.STRING)
    private Egress egress;

    private Boolean mapPublicIpOnLaunch;
    private Boolean podSubnet;

    @ElementCollection
    @CollectionTable(name = "subnet_tag", joinColumns = @JoinColumn(name = "subnet_id"))
    @OrderColumn(name = "position")
    private List<KeyValue> tags = new ArrayList<>();

    protected Subnet() {}

    Subnet(SubnetSpec spec) {
        apply(spec);
    }

    @Override
    public ChildKey key() {
        return ChildKey.of(name);
    }

    @Override
    public void apply(SubnetSpec spec) {
        name = spec.name();
        awsId = spec.id();
        cidr = spec.cidr();
        availabilityZone = spec.availabilityZone();
        type = spec.type();
        egress = spec.egress();
        mapPublicIpOnLaunch = spec.mapPublicIpOnLaunch();
        podSubnet = spec.podSubnet();
        PersistentLists.replace(tags, KeyValue.listOf(spec.tags()));
    }

    @Override
    public SubnetSpec toSpec() {
        return new SubnetSpec(
                name,
                awsId,
                cidr,
                availabilityZone,
                type,
                egress,
                mapPublicIpOnLaunch,
                KeyValue.mapOf(tags),
                podSubnet);
    }
}
