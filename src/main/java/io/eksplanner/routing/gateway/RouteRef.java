package io.eksplanner.routing.gateway;

import io.eksplanner.topology.model.GatewayRoute;
import io.eksplanner.topology.model.GatewayRoute.RouteKind;

/** A route with its index in the document's collection of its kind, which names its JSON path. */
record RouteRef(GatewayRoute route, int index) {

    /** The document collection of the route's kind, e.g. {@code httpRoutes}. */
    String collection() {
        return collection(route.kind());
    }

    static String collection(RouteKind kind) {
        return switch (kind) {
            case HTTPRoute -> "httpRoutes";
            case GRPCRoute -> "grpcRoutes";
            case TCPRoute -> "tcpRoutes";
            case UDPRoute -> "udpRoutes";
            case TLSRoute -> "tlsRoutes";
        };
    }

    /** The JSON path of the route, e.g. {@code httpRoutes[2]}. */
    String path() {
        return collection() + "[" + index + "]";
    }

    /** {@code HTTPRoute store/cart}. */
    String source() {
        return route.kind() + " " + route.key();
    }
}
