package io.eksplanner.topology.web;

import io.eksplanner.common.JsonTree;
import io.eksplanner.topology.ChildCollection;
import io.eksplanner.topology.web.TopologyApiDocumentation.ChildExamples;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI request and path examples of the Gateway API child endpoints: one resource of each kind that fits the
 * canonical cluster (its Service my-nginx in namespace default), so that "Try it out" creates it and then reads,
 * replaces and deletes it.
 */
final class GatewayApiExamples {

    static final String EXAMPLES = "openapi/gateway-api-examples.json";

    static final List<ChildCollection<?>> COLLECTIONS = List.of(
            ChildCollection.GATEWAY_CLASSES,
            ChildCollection.GATEWAYS,
            ChildCollection.HTTP_ROUTES,
            ChildCollection.GRPC_ROUTES,
            ChildCollection.TCP_ROUTES,
            ChildCollection.UDP_ROUTES,
            ChildCollection.TLS_ROUTES,
            ChildCollection.REFERENCE_GRANTS,
            ChildCollection.LISTENER_SETS,
            ChildCollection.LOAD_BALANCER_CONFIGURATIONS,
            ChildCollection.TARGET_GROUP_CONFIGURATIONS,
            ChildCollection.LISTENER_RULE_CONFIGURATIONS);

    private GatewayApiExamples() {}

    /** The examples of every Gateway API collection; the one example serves creates, reads and replaces alike. */
    static List<ChildExamples> read(JsonMapper json) {
        Map<String, Map<String, Object>> byPath;
        try (InputStream in = new ClassPathResource(EXAMPLES).getInputStream()) {
            byPath = json.readValue(in, new TypeReference<LinkedHashMap<String, Map<String, Object>>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + EXAMPLES, e);
        }
        var examples = new ArrayList<ChildExamples>();
        for (var collection : COLLECTIONS) {
            var example = byPath.get(collection.path());
            if (example == null) {
                throw new IllegalStateException(EXAMPLES + " has no example for " + collection.path());
            }
            // Null means "not given" in the document, and a null where the schema names an object is an example that
            // does not conform to it (Redocly's no-invalid-media-type-examples).
            var shown = JsonTree.withoutNulls(example);
            examples.add(new ChildExamples(collection, shown, shown));
        }
        return examples;
    }
}
