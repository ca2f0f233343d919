package io.eksplanner.topology;

import io.eksplanner.common.NullAsEmpty;
import io.eksplanner.topology.model.LoadBalancerController;
import io.eksplanner.topology.spec.CniSpec;
import io.eksplanner.topology.spec.EndpointAccessSpec;
import io.eksplanner.topology.spec.LoadBalancingSpec;
import io.eksplanner.topology.spec.OutpostSpec;
import io.eksplanner.topology.spec.TopologyDocument;
import io.eksplanner.topology.spec.VpcSpec;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The cluster aggregate: the topology a user plans, stored exactly as written (nulls stay null, collections keep
 * their order). Its version changes with every write to it or any child, and is the API's ETag.
 */
@Entity
class Cluster {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private String historyId;

    @Version
    private long version;

    private Instant createdAt;
    private Instant updatedAt;

    private String region;
    private String kubernetesVersion;

    @Column(name = "service_ipv4_cidr")
    private String serviceIpv4Cidr;

    private String ipFamily;

    private boolean vpcGiven;
    private String vpcId;
    private Boolean vpcEnableDnsHostnames;
    private Boolean vpcEnableDnsSupport;

    @ElementCollection
    @CollectionTable(name = "cluster_vpc_cidr_block", joinColumns = @JoinColumn(name = "cluster_id"))
    @OrderColumn(name = "position")
    @Column(name = "cidr")
    private List<String> vpcCidrBlocks = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "cluster_vpc_endpoint", joinColumns = @JoinColumn(name = "cluster_id"))
    @OrderColumn(name = "position")
    @Column(name = "service")
    private List<String> vpcEndpoints = new ArrayList<>();

    private boolean endpointAccessGiven;
    private Boolean endpointPublicAccess;
    private Boolean endpointPrivateAccess;

    @ElementCollection
    @CollectionTable(name = "cluster_public_access_cidr", joinColumns = @JoinColumn(name = "cluster_id"))
    @OrderColumn(name = "position")
    @Column(name = "cidr")
    private List<String> publicAccessCidrs = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "cluster_control_plane_subnet", joinColumns = @JoinColumn(name = "cluster_id"))
    @OrderColumn(name = "position")
    @Column(name = "subnet_name")
    private List<String> controlPlaneSubnets = new ArrayList<>();

    private boolean cniGiven;
    private Boolean cniPrefixDelegation;
    private Integer cniWarmEniTarget;
    private Integer cniWarmIpTarget;
    private Integer cniMinimumIpTarget;
    private Integer cniWarmPrefixTarget;
    private Boolean cniCustomNetworking;
    private Boolean cniPodSecurityGroups;
    private Boolean cniSubnetDiscovery;

    private boolean loadBalancingGiven;

    @Enumerated(EnumType.STRING)
    @Column(name = "lb_controller")
    private LoadBalancerController loadBalancerController;

    @Column(name = "lb_service_mutator_webhook")
    private Boolean serviceMutatorWebhook;

    private boolean outpostGiven;

    @Column(name = "outpost_control_plane_arn")
    private String outpostArn;

    @Column(name = "outpost_control_plane_instance_type")
    private String outpostInstanceType;

    @Column(name = "outpost_control_plane_placement_group")
    private String outpostPlacementGroup;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "cluster_id", nullable = false)
    @OrderColumn(name = "position", nullable = false)
    private List<Subnet> subnets = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "cluster_id", nullable = false)
    @OrderColumn(name = "position", nullable = false)
    private List<NodeGroup> nodeGroups = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "cluster_id", nullable = false)
    @OrderColumn(name = "position", nullable = false)
    private List<Workload> workloads = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "cluster_id", nullable = false)
    @OrderColumn(name = "position", nullable = false)
    private List<KubernetesService> services = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "cluster_id", nullable = false)
    @OrderColumn(name = "position", nullable = false)
    private List<Ingress> ingresses = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "cluster_id", nullable = false)
    @OrderColumn(name = "position", nullable = false)
    private List<IngressClass> ingressClasses = new ArrayList<>();

    // The twelve Gateway API kinds in one list, kind by kind; each kind's collection is a view of it.
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "cluster_id", nullable = false)
    @OrderColumn(name = "position", nullable = false)
    private List<GatewayResource> gatewayResources = new ArrayList<>();

    protected Cluster() {}

    /** A new cluster, which starts a history of its own. */
    Cluster(TopologyDocument document, Instant now) {
        this(document, now, UUID.randomUUID().toString(), 0);
    }

    /**
     * A cluster that continues {@code historyId} at {@code version}: a deleted cluster restored, whose versions go on
     * from its delete's, so that no ETag of the deleted cluster matches it.
     */
    Cluster(TopologyDocument document, Instant now, String historyId, long version) {
        this.createdAt = now;
        this.updatedAt = now;
        this.historyId = historyId;
        // Hibernate seeds a new row's version only when none is set; a version given here is stored as it is.
        this.version = version;
        replaceWith(document);
    }

    String name() {
        return name;
    }

    long version() {
        return version;
    }

    /** The history this cluster's revisions belong to (src/docs/domain-rules.md §7). */
    String historyId() {
        return historyId;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    /** Marks the aggregate as written, so that its version moves even when only a child changed. */
    void touch(Instant now) {
        // Keep the timestamp strictly increasing: the version bump relies on the row being dirty.
        updatedAt = now.isAfter(updatedAt) ? now : updatedAt.plusNanos(1000);
    }

    /** Replaces the whole topology with {@code document}, children included. */
    void replaceWith(TopologyDocument document) {
        name = document.name();
        region = document.region();
        kubernetesVersion = document.kubernetesVersion();
        serviceIpv4Cidr = document.serviceIpv4Cidr();
        applyVpc(document.vpc());
        applyEndpointAccess(document.endpointAccess());
        PersistentLists.replace(controlPlaneSubnets, NullAsEmpty.list(document.controlPlaneSubnets()));
        applyCni(document.cni());
        applyLoadBalancing(document.loadBalancing());
        ipFamily = document.ipFamily();
        applyOutpost(document.outpost());
        reconcile(subnets, document.subnets(), ChildCollection.SUBNETS, Subnet::new);
        reconcile(nodeGroups, document.nodeGroups(), ChildCollection.NODE_GROUPS, NodeGroup::new);
        reconcile(workloads, document.workloads(), ChildCollection.WORKLOADS, Workload::new);
        reconcile(services, document.services(), ChildCollection.SERVICES, KubernetesService::new);
        reconcile(ingresses, document.ingresses(), ChildCollection.INGRESSES, Ingress::new);
        reconcile(ingressClasses, document.ingressClasses(), ChildCollection.INGRESS_CLASSES, IngressClass::new);
        GatewayResources.reconcile(gatewayResources, document);
    }

    /**
     * Makes {@code stored} hold one child per spec, in the specs' order: a child whose key is kept is updated in
     * place rather than deleted and inserted again, which would break the unique key within the same flush.
     */
    private static <S, C extends ClusterChild<S>> void reconcile(
            List<C> stored, List<S> specs, ChildCollection<S> collection, Function<S, C> create) {
        var byKey = new HashMap<ChildKey, C>();
        stored.forEach(child -> byKey.put(child.key(), child));
        var reconciled = NullAsEmpty.mapped(specs, spec -> {
            var kept = byKey.remove(collection.keyOf(spec));
            if (kept == null) {
                return create.apply(spec);
            }
            kept.apply(spec);
            return kept;
        });
        PersistentLists.replace(stored, reconciled);
    }

    private void applyVpc(VpcSpec vpc) {
        vpcGiven = vpc != null;
        vpcId = vpc == null ? null : vpc.id();
        vpcEnableDnsHostnames = vpc == null ? null : vpc.enableDnsHostnames();
        vpcEnableDnsSupport = vpc == null ? null : vpc.enableDnsSupport();
        PersistentLists.replace(vpcCidrBlocks, vpc == null ? List.of() : NullAsEmpty.list(vpc.cidrBlocks()));
        PersistentLists.replace(vpcEndpoints, vpc == null ? List.of() : NullAsEmpty.list(vpc.endpoints()));
    }

    private void applyEndpointAccess(EndpointAccessSpec access) {
        endpointAccessGiven = access != null;
        endpointPublicAccess = access == null ? null : access.publicAccess();
        endpointPrivateAccess = access == null ? null : access.privateAccess();
        PersistentLists.replace(
                publicAccessCidrs, access == null ? List.of() : NullAsEmpty.list(access.publicAccessCidrs()));
    }

    private void applyCni(CniSpec cni) {
        cniGiven = cni != null;
        var given = cni != null ? cni : new CniSpec(null, null, null, null, null, null, null, null);
        cniPrefixDelegation = given.prefixDelegation();
        cniWarmEniTarget = given.warmEniTarget();
        cniWarmIpTarget = given.warmIpTarget();
        cniMinimumIpTarget = given.minimumIpTarget();
        cniWarmPrefixTarget = given.warmPrefixTarget();
        cniCustomNetworking = given.customNetworking();
        cniPodSecurityGroups = given.podSecurityGroups();
        cniSubnetDiscovery = given.subnetDiscovery();
    }

    private void applyLoadBalancing(LoadBalancingSpec loadBalancing) {
        loadBalancingGiven = loadBalancing != null;
        loadBalancerController = loadBalancing == null ? null : loadBalancing.controller();
        serviceMutatorWebhook = loadBalancing == null ? null : loadBalancing.serviceMutatorWebhook();
    }

    private void applyOutpost(OutpostSpec outpost) {
        outpostGiven = outpost != null;
        outpostArn = outpost == null ? null : outpost.controlPlaneOutpostArn();
        outpostInstanceType = outpost == null ? null : outpost.controlPlaneInstanceType();
        outpostPlacementGroup = outpost == null ? null : outpost.controlPlanePlacementGroup();
    }

    /** The whole topology as the user wrote it. */
    TopologyDocument toDocument() {
        return new TopologyDocument(
                name,
                region,
                kubernetesVersion,
                vpcGiven
                        ? new VpcSpec(
                                List.copyOf(vpcCidrBlocks),
                                vpcEnableDnsHostnames,
                                vpcEnableDnsSupport,
                                List.copyOf(vpcEndpoints),
                                vpcId)
                        : null,
                serviceIpv4Cidr,
                endpointAccessGiven
                        ? new EndpointAccessSpec(
                                endpointPublicAccess, endpointPrivateAccess, List.copyOf(publicAccessCidrs))
                        : null,
                List.copyOf(controlPlaneSubnets),
                cniGiven
                        ? new CniSpec(
                                cniPrefixDelegation,
                                cniWarmEniTarget,
                                cniWarmIpTarget,
                                cniMinimumIpTarget,
                                cniWarmPrefixTarget,
                                cniCustomNetworking,
                                cniPodSecurityGroups,
                                cniSubnetDiscovery)
                        : null,
                loadBalancingGiven ? new LoadBalancingSpec(loadBalancerController, serviceMutatorWebhook) : null,
                NullAsEmpty.mapped(subnets, Subnet::toSpec),
                NullAsEmpty.mapped(nodeGroups, NodeGroup::toSpec),
                NullAsEmpty.mapped(workloads, Workload::toSpec),
                NullAsEmpty.mapped(services, KubernetesService::toSpec),
                NullAsEmpty.mapped(ingresses, Ingress::toSpec),
                NullAsEmpty.mapped(ingressClasses, IngressClass::toSpec),
                ipFamily,
                outpostGiven ? new OutpostSpec(outpostArn, outpostInstanceType, outpostPlacementGroup) : null,
                GatewayResources.specs(gatewayResources, GatewayKind.GATEWAY_CLASSES),
                GatewayResources.specs(gatewayResources, GatewayKind.GATEWAYS),
                GatewayResources.specs(gatewayResources, GatewayKind.HTTP_ROUTES),
                GatewayResources.specs(gatewayResources, GatewayKind.GRPC_ROUTES),
                GatewayResources.specs(gatewayResources, GatewayKind.TCP_ROUTES),
                GatewayResources.specs(gatewayResources, GatewayKind.UDP_ROUTES),
                GatewayResources.specs(gatewayResources, GatewayKind.TLS_ROUTES),
                GatewayResources.specs(gatewayResources, GatewayKind.REFERENCE_GRANTS),
                GatewayResources.specs(gatewayResources, GatewayKind.LISTENER_SETS),
                GatewayResources.specs(gatewayResources, GatewayKind.LOAD_BALANCER_CONFIGURATIONS),
                GatewayResources.specs(gatewayResources, GatewayKind.TARGET_GROUP_CONFIGURATIONS),
                GatewayResources.specs(gatewayResources, GatewayKind.LISTENER_RULE_CONFIGURATIONS));
    }

    /** The stored children of one collection, in order. */
    <S> List<? extends ClusterChild<S>> children(ChildCollection<S> collection) {
        return collection.of(this);
    }

    /** Appends a new child to {@code collection}; the caller has checked that its key is free. */
    <S> void addChild(ChildCollection<S> collection, S spec) {
        collection.add(this, spec);
    }

    /** Removes the child of {@code collection} keyed {@code key}, if there is one. */
    void removeChild(ChildCollection<?> collection, ChildKey key) {
        collection.remove(this, key);
    }

    /** The stored resources of one Gateway API kind, in order, as children of its collection. */
    <S> List<GatewayChild<S>> gatewayResources(GatewayKind<S> kind) {
        return GatewayResources.of(gatewayResources, kind);
    }

    <S> void addGatewayResource(GatewayKind<S> kind, S spec) {
        gatewayResources.add(new GatewayResource(kind, spec));
    }

    <S> void removeGatewayResource(GatewayKind<S> kind, ChildKey key) {
        gatewayResources.removeIf(resource ->
                resource.kind().equals(kind.name()) && resource.key().equals(key));
    }

    List<Subnet> subnets() {
        return subnets;
    }

    List<NodeGroup> nodeGroups() {
        return nodeGroups;
    }

    List<Workload> workloads() {
        return workloads;
    }

    List<KubernetesService> services() {
        return services;
    }

    List<Ingress> ingresses() {
        return ingresses;
    }

    List<IngressClass> ingressClasses() {
        return ingressClasses;
    }
}
