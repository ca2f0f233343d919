package io.eksplanner.common.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;

/**
 * The last word on every API operation's responses (src/docs/api-conventions.md §3): each problem response gets
 * one realistic example per problem type that operation can answer with that status, each success response the
 * headers the controllers set ({@code Location} on 201, {@code ETag} on a cluster's resources), and no response is
 * left as {@code *}/{@code *}. It runs every {@link ApiDocumentation} first, so it also covers the responses they
 * add.
 */
@Configuration(proxyBeanMethods = false)
class ResponseDocumentation {

    private static final String PLANS = "x-plans";
    private static final Set<String> CASE_INSENSITIVE = Set.of("failOn", "scenario", "detail");

    /** Marks the operations that wait for a planning permit, and so may answer 503 (PlanningPermits). */
    @Bean
    GlobalOperationCustomizer planningOperations() {
        return (operation, handlerMethod) -> {
            if (PlanningPermits.plans(handlerMethod.getBeanType())) {
                OpenApiConfiguration.addProblemResponse(
                        operation.getResponses(),
                        "503",
                        "Every planner of this instance stayed busy (planner.planning.concurrency); retry after"
                                + " Retry-After");
                operation.addExtension(PLANS, true);
            }
            return operation;
        };
    }

    /**
     * The one customizer: every package's documentation in order, then the names, the property descriptions, nullability
     * and responses.
     */
    @Bean
    GlobalOpenApiCustomizer documentation(
            List<ApiDocumentation> parts, List<SchemaNames> schemaNames, List<PropertyDescriptions> descriptions) {
        return openApi -> {
            parts.forEach(part -> part.document(openApi));
            SchemaNames.renameAll(openApi, schemaNames);
            descriptions.forEach(described -> described.describe(openApi));
            nullableOptionals(openApi);
            finish(openApi);
        };
    }

    /**
     * A property that is not required may be null: the API reads a JSON null as an absent optional field, and answers
     * null where it has no value. OpenAPI 3.1 says so with {@code "null"} among the property's types.
     */
    static void nullableOptionals(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        openApi.getComponents().getSchemas().forEach((name, schema) -> {
            if (schema.getProperties() == null || OpenApiConfiguration.PROBLEM_SCHEMA.equals(name)) {
                return;
            }
            var required = schema.getRequired() == null ? List.<String>of() : schema.getRequired();
            schema.getProperties().forEach((property, value) -> {
                Schema<?> propertySchema = (Schema<?>) value;
                if (required.contains(property) || propertySchema.get$ref() != null) {
                    return;
                }
                var types = propertySchema.getTypes();
                if (types != null && !types.isEmpty() && !types.contains("null")) {
                    var withNull = new java.util.LinkedHashSet<String>(types);
                    withNull.add("null");
                    propertySchema.setTypes(withNull);
                }
            });
        });
    }

    static void finish(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            item.readOperationsMap().forEach((method, operation) -> {
                OpenApiConfiguration.addProblemResponse(
                        operation.getResponses(), "401", "No bearer token, or one not accepted (token and oidc modes)");
                OpenApiConfiguration.addProblemResponse(
                        operation.getResponses(),
                        "403",
                        "The caller's role may not call this operation, or a cross-site or non-local request was"
                                + " refused");
                var plans = operation.getExtensions() != null
                        && operation.getExtensions().remove(PLANS) != null;
                if (operation.getExtensions() != null
                        && operation.getExtensions().isEmpty()) {
                    operation.setExtensions(null);
                }
                caseInsensitiveEnums(operation);
                failOnAnswer(operation);
                var instance = instance(path, operation);
                operation.getResponses().forEach((status, response) -> {
                    var content = response.getContent();
                    if (content == null) {
                        return;
                    }
                    var problem = content.get(OpenApiConfiguration.PROBLEM_MEDIA_TYPE);
                    if (problem != null) {
                        problem.setExamples(null);
                        for (var type : typesOf(status, method, operation, plans)) {
                            problem.addExamples(
                                    type.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                                    ProblemExamples.of(type, instance));
                        }
                    } else {
                        noWildcard(path, response);
                        successHeaders(path, method, status, response);
                    }
                });
            });
        });
    }

    /** The problem types an operation answers with {@code status}. */
    static List<ProblemType> typesOf(String status, PathItem.HttpMethod method, Operation operation, boolean plans) {
        var body =
                operation.getRequestBody() == null || operation.getRequestBody().getContent() == null
                        ? Map.<String, MediaType>of()
                        : operation.getRequestBody().getContent();
        var types = new ArrayList<ProblemType>();
        switch (status) {
            case "400" -> {
                if (body.keySet().stream().anyMatch(type -> type.contains("json"))) {
                    types.addAll(List.of(
                            ProblemType.MALFORMED_JSON,
                            ProblemType.UNKNOWN_PROPERTY,
                            ProblemType.INVALID_VALUE,
                            ProblemType.INVALID_FIELDS));
                }
                if (body.keySet().stream().anyMatch(type -> type.contains("yaml"))) {
                    types.add(ProblemType.IMPORT_REJECTED);
                }
                if (body.containsKey(org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE)) {
                    types.add(ProblemType.MALFORMED_MULTIPART);
                }
                if (parameters(operation).stream().anyMatch(parameter -> "query".equals(parameter.getIn()))) {
                    types.add(ProblemType.INVALID_PARAMETER);
                }
                types.add(ProblemType.UNKNOWN_PARAMETER);
            }
            case "401" -> types.add(ProblemType.UNAUTHENTICATED);
            case "403" -> {
                types.add(ProblemType.FORBIDDEN);
                if (method != PathItem.HttpMethod.GET) {
                    types.add(ProblemType.CROSS_SITE_REQUEST);
                }
                types.add(ProblemType.HOST_NOT_ALLOWED);
            }
            case "404" -> types.add(ProblemType.NOT_FOUND);
            case "406" -> types.add(ProblemType.NOT_ACCEPTABLE);
            case "409" -> {
                if (method == PathItem.HttpMethod.POST) {
                    types.add(ProblemType.NAME_TAKEN);
                }
                types.add(ProblemType.CONCURRENT_WRITE);
            }
            case "412" -> types.add(ProblemType.PRECONDITION_FAILED);
            case "413" -> {
                types.add(ProblemType.PAYLOAD_TOO_LARGE);
                if (plans) {
                    types.add(ProblemType.PLAN_TOO_LARGE);
                }
                if (body.keySet().stream().anyMatch(type -> type.contains("yaml") || type.contains("multipart"))) {
                    types.add(ProblemType.IMPORT_TOO_LARGE);
                }
            }
            case "415" -> types.add(ProblemType.UNSUPPORTED_MEDIA_TYPE);
            case "429" -> types.add(ProblemType.TOO_MANY_REQUESTS);
            case "503" -> types.addAll(List.of(ProblemType.PLANNING_BUSY, ProblemType.PLANNING_DEADLINE_EXCEEDED));
            default -> types.add(ProblemType.INTERNAL_ERROR);
        }
        return types;
    }

    /** The headers a success sets: Location on a 201, the cluster's ETag on whatever reads or writes one. */
    private static void successHeaders(String path, PathItem.HttpMethod method, String status, ApiResponse response) {
        if (!status.startsWith("2")) {
            return;
        }
        if ("201".equals(status)) {
            response.addHeaderObject(
                    HttpHeaders.LOCATION,
                    new Header().description("the URL of the new resource").schema(new StringSchema().format("uri")));
        }
        boolean clusterResource = path.startsWith("/api/v1/clusters/{") || path.equals("/api/v1/imports");
        boolean clusterDelete = method == PathItem.HttpMethod.DELETE && path.equals("/api/v1/clusters/{cluster}");
        if (clusterResource && !clusterDelete) {
            response.addHeaderObject(
                    HttpHeaders.ETAG,
                    new Header()
                            .description("the cluster's version, for If-Match on a later write and If-None-Match on"
                                    + " a later read")
                            .schema(new StringSchema().example("\"3\"")));
        }
    }

    /**
     * The enum query parameters are read in any case (FailOn.FromParameter, IpPlanController's converters); the
     * documented values are the lower-case ones the README and the examples use.
     */
    private static void caseInsensitiveEnums(Operation operation) {
        for (var parameter : parameters(operation)) {
            var schema = parameter.getSchema();
            if (!"query".equals(parameter.getIn())
                    || !CASE_INSENSITIVE.contains(parameter.getName())
                    || schema == null
                    || schema.getEnum() == null) {
                continue;
            }
            @SuppressWarnings("unchecked")
            var values = (List<Object>) schema.getEnum();
            var lower = values.stream()
                    .map(value -> value.toString().toLowerCase(Locale.ROOT))
                    .toList();
            values.clear();
            values.addAll(lower);
            if (schema.getDefault() != null) {
                schema.setDefault(schema.getDefault().toString().toLowerCase(Locale.ROOT));
            }
            parameter.setDescription(parameter.getDescription() + " (read in any case)");
        }
    }

    /** An operation that takes failOn answers 422 with its usual body when a finding reaches that severity. */
    private static void failOnAnswer(Operation operation) {
        var failOn = parameters(operation).stream().anyMatch(parameter -> "failOn".equals(parameter.getName()));
        var ok = operation.getResponses().get("200");
        if (!failOn || ok == null || operation.getResponses().containsKey("422")) {
            return;
        }
        operation
                .getResponses()
                .addApiResponse(
                        "422",
                        new ApiResponse()
                                .description("failOn was given and a finding reached that severity: the same body as"
                                        + " the 200")
                                .content(ok.getContent()));
    }

    /** The request path of the examples: the path with each path parameter's example (or "demo") filled in. */
    private static String instance(String path, Operation operation) {
        var values = new LinkedHashMap<String, String>();
        for (var parameter : parameters(operation)) {
            if ("path".equals(parameter.getIn())) {
                values.put(
                        parameter.getName(),
                        parameter.getExample() == null
                                ? "demo"
                                : parameter.getExample().toString());
            }
        }
        var filled = path;
        for (var entry : values.entrySet()) {
            filled = filled.replace("{" + entry.getKey() + "}", entry.getValue());
        }
        return filled;
    }

    private static List<Parameter> parameters(Operation operation) {
        return operation.getParameters() == null ? List.of() : operation.getParameters();
    }

    /** Names the media type of a success documented as any type: the one the handler sets. */
    static void noWildcard(String path, ApiResponse response) {
        var content = response.getContent();
        if (content == null || !content.containsKey("*/*")) {
            return;
        }
        var media = content.remove("*/*");
        var type = path.endsWith(".svg") ? "image/svg+xml" : path.endsWith(".mmd") ? "text/plain" : "application/json";
        var replaced = new Content();
        replaced.addMediaType(type, media);
        replaced.putAll(content);
        response.setContent(replaced);
    }
}
