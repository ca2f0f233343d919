package io.eksplanner.topology.web;

import io.eksplanner.common.web.ResourceLocations;
import io.eksplanner.topology.ChildCollection;
import io.eksplanner.topology.TopologyService;
import io.eksplanner.topology.spec.ListenerSetSpec;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The cluster's Gateway API ListenerSets, by namespace and name. */
@RestController
@RequestMapping("/api/v1/clusters/{cluster}/listener-sets")
@Tag(name = "Listener sets")
class ListenerSetController extends NamespacedChildController<ListenerSetSpec> {

    ListenerSetController(TopologyService topology, ResourceLocations locations) {
        super(topology, locations, ChildCollection.LISTENER_SETS);
    }
}
