package io.eksplanner.topology;

import io.eksplanner.topology.spec.IngressClassParametersSpec;
import io.eksplanner.topology.spec.IngressClassSpec;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A Kubernetes IngressClass of the cluster with the IngressClassParams fields that matter to routing. */
@Entity
class IngressClass implements ClusterChild<IngressClassSpec> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private String controller;
    private Boolean isDefault;

    // Distinguishes "parameters": null from parameters whose every field is null.
    @Column(name = "params_given")
    private boolean parametersGiven;

    @Column(name = "params_scheme")
    private String scheme;

    @Column(name = "params_group")
    private String group;

    @Column(name = "params_ip_address_type")
    private String ipAddressType;

    protected IngressClass() {}

    IngressClass(IngressClassSpec spec) {
        apply(spec);
    }

    @Override
    public ChildKey key() {
        return ChildKey.of(name);
    }

    @Override
    public void apply(IngressClassSpec spec) {
        name = spec.name();
        controller = spec.controller();
        isDefault = spec.isDefault();
        var parameters = spec.parameters();
        parametersGiven = parameters != null;
        scheme = parameters == null ? null : parameters.scheme();
        group = parameters == null ? null : parameters.group();
        ipAddressType = parameters == null ? null : parameters.ipAddressType();
    }

    @Override
    public IngressClassSpec toSpec() {
        var parameters = parametersGiven ? new IngressClassParametersSpec(scheme, group, ipAddressType) : null;
        return new IngressClassSpec(name, controller, isDefault, parameters);
    }
}
