package io.eksplanner.routing.alb;

import io.eksplanner.topology.model.ClusterTopology.Service;

/**
 * A backend of an ALB that exists: its target group's id ({@code <ingress namespace>/<ingress>-<service>:<port>}, the
 * port as the Ingress names it), its name in rule actions ({@code <namespace>/<service>:<port>}), the Ingress routing
 * to it, whose annotations configure the target group, the Service and its index in {@code services}, and the index
 * of its port.
 */
record Backend(String id, String name, GroupedIngress member, Service service, int serviceIndex, int portIndex) {}
