package io.eksplanner.routing.service;

import io.eksplanner.routing.LoadBalancerOwner;
import io.eksplanner.routing.LoadBalancerType;
import io.eksplanner.routing.Scheme;
import io.eksplanner.routing.TargetType;
import io.eksplanner.topology.model.ClusterTopology.Subnet;
import java.util.List;

/** What the owning controller decided for a Service's load balancer before its targets are registered. */
record LoadBalancerSettings(
        LoadBalancerOwner owner,
        LoadBalancerType type,
        Scheme scheme,
        TargetType targetType,
        String ipAddressType,
        List<Subnet> subnets,
        boolean crossZone,
        boolean clientIpPreserved) {}
