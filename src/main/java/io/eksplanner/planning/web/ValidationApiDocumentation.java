package io.eksplanner.planning.web;

import io.eksplanner.common.web.ApiDocumentation;
import io.eksplanner.planning.ClusterPlanner;
import io.eksplanner.topology.spec.TopologyDocument;
import io.eksplanner.validation.FindingCode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI description of validation: every known finding code with its severity, trigger and source, and a
 * valid and an invalid report, computed by the engine itself from the canonical example.
 */
@Configuration(proxyBeanMethods = false)
class ValidationApiDocumentation {

    private static final String CANONICAL = "examples/canonical-cluster.json";

    @Bean
    @Order(0)
    ApiDocumentation validationDocumentation(ClusterPlanner planner, JsonMapper json) {
        return openApi -> {
            describeCodes(openApi);
            var canonical = canonical(json);
            var valid = report(planner, json, canonical);
            var invalid = report(planner, json, invalidVariant(canonical));
            openApi.getPaths().forEach((path, item) -> {
                if (path.endsWith("/validation") || path.equals("/api/v1/validations")) {
                    item.readOperations().forEach(operation -> addReports(operation, valid, invalid));
                }
                if (path.equals("/api/v1/validations") && item.getPost() != null) {
                    requestExample(item.getPost(), json.convertValue(canonical, Object.class));
                }
            });
        };
    }

    /** The canonical example broken in two ways a user could break it: one AZ, and sizes out of order. */
    static ObjectNode invalidVariant(ObjectNode canonical) {
        var broken = canonical.deepCopy();
        broken.put("name", "demo-broken");
        for (var subnet : broken.withArray("subnets")) {
            ((ObjectNode) subnet).put("availabilityZone", "ap-northeast-2a");
        }
        ((ObjectNode) broken.withArray("nodeGroups").get(0)).put("minSize", 6);
        return broken;
    }

    private static void describeCodes(OpenAPI openApi) {
        var schemas =
                openApi.getComponents() == null ? null : openApi.getComponents().getSchemas();
        if (schemas == null || !schemas.containsKey("Finding")) {
            return;
        }
        Schema<?> code = (Schema<?>) schemas.get("Finding").getProperties().get("code");
        if (code == null) {
            return;
        }
        code.setDescription("A stable code. The set is open: later capabilities add codes, so treat an unknown one by"
                + " its severity. Known codes:\n\n"
                + Arrays.stream(FindingCode.values())
                        .map(value -> "- `" + value.name() + "` (" + value.severity() + "): " + value.trigger()
                                + ". Source: " + value.source())
                        .collect(Collectors.joining("\n")));
    }

    private static void addReports(Operation operation, Object valid, Object invalid) {
        var responses = operation.getResponses();
        var ok = responses.computeIfAbsent("200", status -> new ApiResponse());
        ok.setDescription("The report; without failOn, also when the network is invalid");
        ok.setContent(reportContent(valid, invalid));
        responses.addApiResponse(
                "422",
                new ApiResponse()
                        .description("The report, when failOn is given and a finding reaches that severity")
                        .content(reportContent(null, invalid)));
    }

    private static Content reportContent(Object valid, Object invalid) {
        var media = new MediaType().schema(new Schema<>().$ref("#/components/schemas/ValidationReport"));
        if (valid != null) {
            media.addExamples(
                    "valid",
                    new Example().summary("The canonical example: valid").value(valid));
        }
        media.addExamples(
                "invalid",
                new Example().summary("One AZ, sizes out of order: invalid").value(invalid));
        return new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE, media);
    }

    private static void requestExample(Operation operation, Object example) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return;
        }
        operation.getRequestBody().getContent().values().forEach(media -> media.setExample(example));
    }

    private static Object report(ClusterPlanner planner, JsonMapper json, ObjectNode document) {
        var topology = json.treeToValue(document, TopologyDocument.class).toTopology();
        return json.convertValue(
                ValidationReportResponse.of(planner.plan(topology).validation()), Object.class);
    }

    private static ObjectNode canonical(JsonMapper json) {
        try (var stream = new ClassPathResource(CANONICAL).getInputStream()) {
            return (ObjectNode) json.readTree(stream);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
