package io.eksplanner.topology.web;

import io.eksplanner.common.web.ResourceLocations;
import io.eksplanner.topology.ChildCollection;
import io.eksplanner.topology.TopologyService;
import io.eksplanner.topology.spec.NodeGroupSpec;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The cluster's node groups, by name. */
@RestController
@RequestMapping("/api/v1/clusters/{cluster}/node-groups")
@Tag(name = "Node groups")
class NodeGroupController extends ClusterScopedChildController<NodeGroupSpec> {

    NodeGroupController(TopologyService topology, ResourceLocations locations) {
        super(topology, locations, ChildCollection.NODE_GROUPS);
    }
}
