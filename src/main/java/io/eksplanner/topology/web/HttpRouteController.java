package io.eksplanner.topology.web;

import io.eksplanner.common.web.ResourceLocations;
import io.eksplanner.topology.ChildCollection;
import io.eksplanner.topology.TopologyService;
import io.eksplanner.topology.spec.HttpRouteSpec;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The cluster's Gateway API HTTPRoutes, by namespace and name. */
@RestController
@RequestMapping("/api/v1/clusters/{cluster}/http-routes")
@Tag(name = "HTTP routes")
class HttpRouteController extends NamespacedChildController<HttpRouteSpec> {

    HttpRouteController(TopologyService topology, ResourceLocations locations) {
        super(topology, locations, ChildCollection.HTTP_ROUTES);
    }
}
