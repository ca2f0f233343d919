package io.eksplanner.topology.web;

import io.eksplanner.common.web.ResourceLocations;
import io.eksplanner.topology.ChildCollection;
import io.eksplanner.topology.TopologyService;
import io.eksplanner.topology.spec.LoadBalancerConfigurationSpec;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The cluster's LoadBalancerConfigurations (gateway.k8s.aws), by namespace and name. */
@RestController
@RequestMapping("/api/v1/clusters/{cluster}/load-balancer-configurations")
@Tag(name = "Load balancer configurations")
class LoadBalancerConfigurationController extends NamespacedChildController<LoadBalancerConfigurationSpec> {

    LoadBalancerConfigurationController(TopologyService topology, ResourceLocations locations) {
        super(topology, locations, ChildCollection.LOAD_BALANCER_CONFIGURATIONS);
    }
}
