package io.eksplanner.cli;

import io.eksplanner.importing.ImportService;
import io.eksplanner.importing.manifests.ManifestObjects;
import io.eksplanner.topology.spec.CniSpec;
import io.eksplanner.topology.spec.LoadBalancingSpec;
import io.eksplanner.topology.spec.TopologyDocument;

/** A cluster's document put together: the manifests applied over the base, and settings the files do not carry. */
final class Merged {

    private Merged() {}

    /** {@code network} with {@code objects} applied over its own objects, as the import endpoint applies them. */
    static TopologyDocument of(TopologyDocument network, ManifestObjects objects) {
        return ImportService.withObjects(
                network,
                objects,
                network.workloads(),
                network.services(),
                network.ingresses(),
                network.ingressClasses());
    }

    static TopologyDocument withSettings(TopologyDocument document, CniSpec cni, LoadBalancingSpec loadBalancing) {
        return TopologyDocument.withoutGatewayApi(
                        document.name(),
                        document.region(),
                        document.kubernetesVersion(),
                        document.vpc(),
                        document.serviceIpv4Cidr(),
                        document.endpointAccess(),
                        document.controlPlaneSubnets(),
                        cni,
                        loadBalancing,
                        document.subnets(),
                        document.nodeGroups(),
                        document.workloads(),
                        document.services(),
                        document.ingresses(),
                        document.ingressClasses(),
                        document.ipFamily(),
                        document.outpost())
                .withGatewayResourcesOf(document);
    }
}
