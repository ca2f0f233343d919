package io.eksplanner.topology.web;

import io.eksplanner.common.web.ResourceLocations;
import io.eksplanner.topology.ChildCollection;
import io.eksplanner.topology.TopologyService;
import io.eksplanner.topology.spec.ListenerRuleConfigurationSpec;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The cluster's ListenerRuleConfigurations (gateway.k8s.aws), by namespace and name. */
@RestController
@RequestMapping("/api/v1/clusters/{cluster}/listener-rule-configurations")
@Tag(name = "Listener rule configurations")
class ListenerRuleConfigurationController extends NamespacedChildController<ListenerRuleConfigurationSpec> {

    ListenerRuleConfigurationController(TopologyService topology, ResourceLocations locations) {
        super(topology, locations, ChildCollection.LISTENER_RULE_CONFIGURATIONS);
    }
}
