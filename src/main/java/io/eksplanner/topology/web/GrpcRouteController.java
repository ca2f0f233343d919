package io.eksplanner.topology.web;

import io.eksplanner.common.web.ResourceLocations;
import io.eksplanner.topology.ChildCollection;
import io.eksplanner.topology.TopologyService;
import io.eksplanner.topology.spec.GrpcRouteSpec;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The cluster's Gateway API GRPCRoutes, by namespace and name. */
@RestController
@RequestMapping("/api/v1/clusters/{cluster}/grpc-routes")
@Tag(name = "gRPC routes")
class GrpcRouteController extends NamespacedChildController<GrpcRouteSpec> {

    GrpcRouteController(TopologyService topology, ResourceLocations locations) {
        super(topology, locations, ChildCollection.GRPC_ROUTES);
    }
}
