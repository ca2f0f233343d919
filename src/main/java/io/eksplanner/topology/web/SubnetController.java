package io.eksplanner.topology.web;

import io.eksplanner.common.web.ResourceLocations;
import io.eksplanner.topology.ChildCollection;
import io.eksplanner.topology.TopologyService;
import io.eksplanner.topology.spec.SubnetSpec;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The cluster's subnets, by name. */
@RestController
@RequestMapping("/api/v1/clusters/{cluster}/subnets")
@Tag(name = "Subnets")
class SubnetController extends ClusterScopedChildController<SubnetSpec> {

    SubnetController(TopologyService topology, ResourceLocations locations) {
        super(topology, locations, ChildCollection.SUBNETS);
    }
}
