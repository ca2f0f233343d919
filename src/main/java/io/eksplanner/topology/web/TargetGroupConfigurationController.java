package io.eksplanner.topology.web;

import io.eksplanner.common.web.ResourceLocations;
import io.eksplanner.topology.ChildCollection;
import io.eksplanner.topology.TopologyService;
import io.eksplanner.topology.spec.TargetGroupConfigurationSpec;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The cluster's TargetGroupConfigurations (gateway.k8s.aws), by namespace and name. */
@RestController
@RequestMapping("/api/v1/clusters/{cluster}/target-group-configurations")
@Tag(name = "Target group configurations")
class TargetGroupConfigurationController extends NamespacedChildController<TargetGroupConfigurationSpec> {

    TargetGroupConfigurationController(TopologyService topology, ResourceLocations locations) {
        super(topology, locations, ChildCollection.TARGET_GROUP_CONFIGURATIONS);
    }
}
