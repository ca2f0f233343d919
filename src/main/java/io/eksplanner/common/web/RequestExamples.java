package io.eksplanner.common.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Request examples that succeed as they stand on a fresh service (src/docs/api-conventions.md §4): every stateless
 * operation that takes a topology document gets the canonical cluster, the plan diff gets it as base and, with one
 * more node, as head, and the node of a node diagram is the canonical cluster's first node.
 */
@Configuration(proxyBeanMethods = false)
class RequestExamples {

    static final String CANONICAL = "examples/canonical-cluster.json";

    /** The canonical cluster's first node, as the IP plan names it (README, "Worked example"). */
    static final String CANONICAL_NODE = "ip-192-168-32-4.ap-northeast-2.compute.internal";

    private static final String SCHEMAS = "#/components/schemas/";

    @Bean
    @Order(0)
    ApiDocumentation statelessRequestExamples(JsonMapper json) {
        return openApi -> addExamples(openApi, json);
    }

    private static void addExamples(OpenAPI openApi, JsonMapper json) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> {
            var post = item.getPost();
            if (post == null || path.startsWith("/api/v1/clusters")) {
                return;
            }
            nodeExample(post);
            var body = post.getRequestBody();
            if (body == null || body.getContent() == null) {
                return;
            }
            body.getContent().forEach((type, media) -> {
                if (!type.contains("json") || media.getExample() != null || media.getExamples() != null) {
                    return;
                }
                var schema =
                        media.getSchema() == null ? null : media.getSchema().get$ref();
                if ((SCHEMAS + "TopologyDocument").equals(schema)) {
                    media.setExample(canonical(json));
                } else if ((SCHEMAS + "PlanDiffRequest").equals(schema)) {
                    media.setExample(planDiff(json));
                }
            });
        });
    }

    private static void nodeExample(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        operation.getParameters().stream()
                .filter(parameter -> "path".equals(parameter.getIn()) && "node".equals(parameter.getName()))
                .filter(parameter -> parameter.getExample() == null)
                .forEach(parameter -> parameter.setExample(CANONICAL_NODE));
    }

    /** Base: the canonical cluster; head: the same with one node more in its node group. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> planDiff(JsonMapper json) {
        var head = canonical(json);
        var nodeGroups = (List<Map<String, Object>>) head.get("nodeGroups");
        var first = nodeGroups.get(0);
        first.put("desiredSize", ((Number) first.get("desiredSize")).intValue() + 1);
        var example = new LinkedHashMap<String, Object>();
        example.put("base", canonical(json));
        example.put("head", head);
        return example;
    }

    private static Map<String, Object> canonical(JsonMapper json) {
        try (InputStream in = new ClassPathResource(CANONICAL).getInputStream()) {
            return json.readValue(in, new TypeReference<LinkedHashMap<String, Object>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CANONICAL, e);
        }
    }
}
