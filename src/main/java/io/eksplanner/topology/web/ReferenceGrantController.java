package io.eksplanner.topology.web;

import io.eksplanner.common.web.ResourceLocations;
import io.eksplanner.topology.ChildCollection;
import io.eksplanner.topology.TopologyService;
import io.eksplanner.topology.spec.ReferenceGrantSpec;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The cluster's Gateway API ReferenceGrants, by namespace and name. */
@RestController
@RequestMapping("/api/v1/clusters/{cluster}/reference-grants")
@Tag(name = "Reference grants")
class ReferenceGrantController extends NamespacedChildController<ReferenceGrantSpec> {

    ReferenceGrantController(TopologyService topology, ResourceLocations locations) {
        super(topology, locations, ChildCollection.REFERENCE_GRANTS);
    }
}
