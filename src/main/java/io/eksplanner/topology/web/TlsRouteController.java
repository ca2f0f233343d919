package io.eksplanner.topology.web;

import io.eksplanner.common.web.ResourceLocations;
import io.eksplanner.topology.ChildCollection;
import io.eksplanner.topology.TopologyService;
import io.eksplanner.topology.spec.L4RouteSpec;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The cluster's Gateway API TLSRoutes, by namespace and name. */
@RestController
@RequestMapping("/api/v1/clusters/{cluster}/tls-routes")
@Tag(name = "TLS routes")
class TlsRouteController extends NamespacedChildController<L4RouteSpec> {

    TlsRouteController(TopologyService topology, ResourceLocations locations) {
        super(topology, locations, ChildCollection.TLS_ROUTES);
    }
}
