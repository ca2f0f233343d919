package io.eksplanner.topology;

import io.eksplanner.topology.spec.IngressClassParametersRefSpec;
import io.eksplanner.topology.spec.IngressClassParametersSpec;
import io.eksplanner.topology.spec.IngressClassSpec;
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

/** A Kubernetes IngressClass of the cluster with its IngressClassParams and the reference that names them. */
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

    @Column(name = "params_target_type")
    private String targetType;

    @Column(name = "params_ssl_policy")
    private String sslPolicy;

    @Column(name = "params_ssl_redirect_port")
    private String sslRedirectPort;

    @Column(name = "params_load_balancer_name")
    private String loadBalancerName;

    @Column(name = "params_subnets_given")
    private boolean subnetsGiven;

    @Column(name = "params_namespace_selector_given")
    private boolean namespaceSelectorGiven;

    // spec.parameters; null kind when the class has no reference of its own.
    @Column(name = "params_ref_api_group")
    private String referenceApiGroup;

    @Column(name = "params_ref_kind")
    private String referenceKind;

    @Column(name = "params_ref_name")
    private String referenceName;

    // The parameters' lists and maps (certificateArn, inboundCIDRs, tags, ...), in order.
    @ElementCollection
    @CollectionTable(name = "ingress_class_param_entry", joinColumns = @JoinColumn(name = "ingress_class_id"))
    @OrderColumn(name = "position")
    private List<ParameterEntry> entries = new ArrayList<>();

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
        targetType = parameters == null ? null : parameters.targetType();
        sslPolicy = parameters == null ? null : parameters.sslPolicy();
        sslRedirectPort = parameters == null ? null : parameters.sslRedirectPort();
        loadBalancerName = parameters == null ? null : parameters.loadBalancerName();
        subnetsGiven = parameters != null && parameters.subnets() != null;
        namespaceSelectorGiven = parameters != null && parameters.namespaceSelector() != null;
        PersistentLists.replace(entries, ParameterEntries.of(parameters));
        var reference = spec.parametersRef();
        referenceApiGroup = reference == null ? null : reference.apiGroup();
        referenceKind = reference == null ? null : reference.kind();
        referenceName = reference == null ? null : reference.name();
    }

    @Override
    public IngressClassSpec toSpec() {
        var parameters = parametersGiven
                ? new IngressClassParametersSpec(
                        scheme,
                        group,
                        ipAddressType,
                        targetType,
                        subnetsGiven ? ParameterEntries.subnets(entries) : null,
                        ParameterEntries.certificateArn(entries),
                        sslPolicy,
                        sslRedirectPort,
                        ParameterEntries.inboundCidrs(entries),
                        loadBalancerName,
                        ParameterEntries.tags(entries),
                        ParameterEntries.attributes(entries),
                        namespaceSelectorGiven ? ParameterEntries.namespaceSelector(entries) : null)
                : null;
        var reference = referenceKind == null
                ? null
                : new IngressClassParametersRefSpec(referenceApiGroup, referenceKind, referenceName);
        return new IngressClassSpec(name, controller, isDefault, parameters, reference);
    }
}
