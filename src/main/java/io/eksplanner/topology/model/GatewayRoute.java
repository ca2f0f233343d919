package io.eksplanner.topology.model;

import io.eksplanner.common.NullAsEmpty;
import java.util.List;

/**
 * A Gateway API route of any kind (HTTPRoute, GRPCRoute, TCPRoute, UDPRoute, TLSRoute) with the defaults the CRDs
 * apply already in place where the document left them out. Public: {@code routing.gateway} and {@code topology.spec}
 * use it.
 */
public record GatewayRoute(
        RouteKind kind,
        String name,
        String namespace,
        List<ParentRef> parentRefs,
        List<String> hostnames,
        List<RouteRule> rules) {

    public GatewayRoute {
        parentRefs = NullAsEmpty.list(parentRefs);
        hostnames = NullAsEmpty.list(hostnames);
        rules = NullAsEmpty.list(rules);
    }

    /** {@code namespace/name}, the key the controller sorts and names routes by. */
    public String key() {
        return namespace + "/" + name;
    }

    /** The route kinds, as Kubernetes spells them. */
    public enum RouteKind {
        HTTPRoute,
        GRPCRoute,
        TCPRoute,
        UDPRoute,
        TLSRoute;

        /** Whether an ALB serves this kind (HTTP and gRPC); the rest are an NLB's. */
        public boolean layer7() {
            return this == HTTPRoute || this == GRPCRoute;
        }
    }

    /** A parentRef: a Gateway (or ListenerSet), optionally one listener by section name and/or port. */
    public record ParentRef(
            String group, String kind, String namespace, String name, String sectionName, Integer port) {}

    /** A backendRef: a Service (by default) at a port, with a weight (null reads as 1). */
    public record BackendRef(String group, String kind, String namespace, String name, Integer port, Integer weight) {}

    /** One rule: its matches (an HTTP rule without matches has the CRD's default {@code PathPrefix /}). */
    public record RouteRule(
            String name, List<RouteMatch> matches, List<RouteFilter> filters, List<BackendRef> backendRefs) {

        public RouteRule {
            matches = NullAsEmpty.list(matches);
            filters = NullAsEmpty.list(filters);
            backendRefs = NullAsEmpty.list(backendRefs);
        }
    }

    /**
     * An HTTP match (path type and value, headers, query parameters, method) or a gRPC one (method type, service and
     * method, headers); what the kind does not use is null or empty.
     */
    public record RouteMatch(
            String pathType,
            String pathValue,
            List<ValueMatch> headers,
            List<ValueMatch> queryParams,
            String method,
            String grpcMethodType,
            String grpcService,
            String grpcMethod) {

        public RouteMatch {
            headers = NullAsEmpty.list(headers);
            queryParams = NullAsEmpty.list(queryParams);
        }
    }

    /** A header or query-parameter match: {@code Exact} (the default) or {@code RegularExpression}. */
    public record ValueMatch(String type, String name, String value) {}

    /** A filter: its type and, for RequestRedirect or ExtensionRef, what it names. */
    public record RouteFilter(String type, Redirect redirect, GatewayApi.ObjectRef extensionRef) {}

    /** A RequestRedirect filter; each part null when not given. */
    public record Redirect(
            String scheme,
            String hostname,
            String replaceFullPath,
            String replacePrefixMatch,
            Integer port,
            Integer statusCode) {}
}
