package io.eksplanner.routing.alb;

import io.eksplanner.topology.model.ClusterTopology.Service;

/**
 * A backend of an ALB that exists: its name ({@code <namespace>/<service>:<port>}), the Service and its index in
 * {@code services}, the index of its port, and the first member routing to it, whose annotations configure the
 * target group.
 */
record Backend(String name, GroupedIngress member, Service service, int serviceIndex, int portIndex) {}
