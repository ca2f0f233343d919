package io.eksplanner.routing.service;

import io.eksplanner.routing.LoadBalancerPlan.Listener;
import io.eksplanner.topology.model.ClusterTopology.ServicePort;

/**
 * How a Service's owner turns a port into its listener once the TLS annotations are read: the controller's NLB
 * ({@link NlbTls}) or the legacy provider's CLB and NLB ({@link LegacyTls}).
 */
interface TlsListeners {

    /** The port's listener; {@code protocol} is what it listens on without TLS. */
    Listener listener(ServicePort port, String protocol);
}
