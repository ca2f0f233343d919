package io.eksplanner.topology.web;

import io.eksplanner.common.web.ResourceLocations;
import io.eksplanner.topology.ChildCollection;
import io.eksplanner.topology.TopologyService;
import io.eksplanner.topology.spec.GatewayClassSpec;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The cluster's Gateway API GatewayClasses, by name. */
@RestController
@RequestMapping("/api/v1/clusters/{cluster}/gateway-classes")
@Tag(name = "Gateway classes")
class GatewayClassController extends ClusterScopedChildController<GatewayClassSpec> {

    GatewayClassController(TopologyService topology, ResourceLocations locations) {
        super(topology, locations, ChildCollection.GATEWAY_CLASSES);
    }
}
