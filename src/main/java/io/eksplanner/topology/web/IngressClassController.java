package io.eksplanner.topology.web;

import io.eksplanner.common.web.ResourceLocations;
import io.eksplanner.topology.ChildCollection;
import io.eksplanner.topology.TopologyService;
import io.eksplanner.topology.spec.IngressClassSpec;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The cluster's IngressClasses, by name. */
@RestController
@RequestMapping("/api/v1/clusters/{cluster}/ingress-classes")
@Tag(name = "Ingress classes")
class IngressClassController extends ClusterScopedChildController<IngressClassSpec> {

    IngressClassController(TopologyService topology, ResourceLocations locations) {
        super(topology, locations, ChildCollection.INGRESS_CLASSES);
    }
}
