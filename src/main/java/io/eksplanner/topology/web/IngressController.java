package io.eksplanner.topology.web;

import io.eksplanner.common.web.ResourceLocations;
import io.eksplanner.topology.ChildCollection;
import io.eksplanner.topology.TopologyService;
import io.eksplanner.topology.spec.IngressSpec;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The cluster's Ingresses, by namespace and name. */
@RestController
@RequestMapping("/api/v1/clusters/{cluster}/ingresses")
@Tag(name = "Ingresses")
class IngressController extends NamespacedChildController<IngressSpec> {

    IngressController(TopologyService topology, ResourceLocations locations) {
        super(topology, locations, ChildCollection.INGRESSES);
    }
}
