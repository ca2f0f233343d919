package io.eksplanner.topology.web;

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

    ListenerRuleConfigurationController(TopologyService topology) {
        super(topology, ChildCollection.LISTENER_RULE_CONFIGURATIONS);
    }
}
