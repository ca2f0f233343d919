package io.eksplanner.topology.web;

import io.eksplanner.common.web.ResourceLocations;
import io.eksplanner.topology.ChildCollection;
import io.eksplanner.topology.TopologyService;
import io.eksplanner.topology.spec.ServiceSpec;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The cluster's Kubernetes Services, by namespace and name. */
@RestController
@RequestMapping("/api/v1/clusters/{cluster}/services")
@Tag(name = "Services")
class ServiceController extends NamespacedChildController<ServiceSpec> {

    ServiceController(TopologyService topology, ResourceLocations locations) {
        super(topology, locations, ChildCollection.SERVICES);
    }
}
