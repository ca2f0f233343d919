package io.eksplanner.common.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;

/**
 * The API's OpenAPI description: its title and summary, and the RFC 9457 problem responses every operation can
 * answer with, which the controllers do not declare one by one. Public: {@code catalog.web} uses it.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    /** The name of the component schema of a problem response. */
    public static final String PROBLEM_SCHEMA = "Problem";

    private static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM_SCHEMA;

    static final String PROBLEM_MEDIA_TYPE = "application/problem+json";

    private static final String API_PATHS = "/api/";
    private static final String CLUSTER_PATHS = "/api/v1/clusters";

    /**
     * The description names its server as {@code Location} headers do ({@link ResourceLocations#serverUrl}), not as
     * springdoc would by default, from the {@code Host} of whoever asked for the description.
     */
    @Bean
    OpenAPI plannerOpenApi(ResourceLocations locations) {
        return new OpenAPI()
                .servers(List.of(new Server().url(locations.serverUrl()).description("this service")))
                .info(new Info()
                        .title("EKS Network Planner API")
                        .version("v1")
                        .description(
                                "Plans an Amazon EKS cluster's network before it is built: stores cluster topologies,"
                                        + " later validates them and plans pod IP addresses and load balancers. Errors are"
                                        + " RFC 9457 problem details (" + PROBLEM_MEDIA_TYPE
                                        + ") whose type is a URI reference, "
                                        + ProblemType.DEFAULT_BASE + "{type}: resolved against the service's URL, it"
                                        + " is the page that explains the type."));
    }

    /** Registers the {@code Problem} schema and documents the problem responses of every API operation. */
    @Bean
    @Order(0)
    ApiDocumentation problemResponses() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSchemas(PROBLEM_SCHEMA, problemSchema());
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> {
                if (path.startsWith(API_PATHS)) {
                    item.readOperationsMap().forEach((method, operation) -> document(path, method, operation));
                }
            });
        };
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        var parameters = operation.getParameters() == null ? List.<Parameter>of() : operation.getParameters();
        boolean body = operation.getRequestBody() != null;
        boolean pathParameters = parameters.stream().anyMatch(parameter -> "path".equals(parameter.getIn()));
        boolean ifMatch = parameters.stream()
                .anyMatch(parameter -> "header".equals(parameter.getIn())
                        && HttpHeaders.IF_MATCH.equalsIgnoreCase(parameter.getName()));
        boolean clusterWrite = (path.equals(CLUSTER_PATHS) || path.startsWith(CLUSTER_PATHS + "/"))
                && (method == PathItem.HttpMethod.POST
                        || method == PathItem.HttpMethod.PUT
                        || method == PathItem.HttpMethod.DELETE);

        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        var responses = operation.getResponses();
        add(
                responses,
                "400",
                body
                        ? "Ill-formed input: malformed JSON, unknown property, wrong type or enum value, a field"
                                + " breaking its rule, or an unknown query parameter"
                        : "Invalid or unknown request parameter");
        if (pathParameters) {
            add(responses, "404", "Not found: no cluster, or no child in it, of that name");
        }
        add(responses, "406", "No representation the Accept header allows");
        if (clusterWrite) {
            add(responses, "409", "Name already taken, or a concurrent write lost the race");
        }
        if (ifMatch) {
            add(responses, "412", "Stale If-Match: the cluster changed since it was read");
        }
        if (body) {
            add(responses, "413", "Request body larger than the limit (planner.max-request-size)");
            add(responses, "415", "Request body not sent in a media type this operation reads");
        }
        add(responses, "429", "Too many requests in flight on this instance (planner.max-requests-in-flight)");
        add(responses, "500", "Internal error: the planner failed; the error is logged on the server");
    }

    /** Documents a problem answer of {@code status} on an operation, unless the operation documents one already. */
    public static void addProblemResponse(ApiResponses responses, String status, String description) {
        add(responses, status, description);
    }

    private static void add(ApiResponses responses, String status, String description) {
        if (responses.containsKey(status)) {
            return;
        }
        responses.addApiResponse(
                status,
                new ApiResponse()
                        .description(description)
                        .content(new Content()
                                .addMediaType(
                                        PROBLEM_MEDIA_TYPE, new MediaType().schema(new Schema<>().$ref(PROBLEM_REF)))));
    }

    private static Schema<?> problemSchema() {
        var error = new ObjectSchema()
                .description("One ill-formed field")
                .addProperty(
                        "field", new StringSchema().description("the JSON path of the field, e.g. subnets[2].cidr"))
                .addProperty("message", new StringSchema().description("what is wrong with it"))
                .addProperty(
                        "rejectedValue",
                        new Schema<>().description("the value refused, when it is a single JSON value"));
        return new ObjectSchema()
                .description("An RFC 9457 problem detail")
                .addProperty(
                        "type",
                        new StringSchema()
                                // RFC 9457 §3.1.1: a relative reference, resolved against the request's URL.
                                .format("uri-reference")
                                .description("the stable problem type: a URI reference, /problems/{type} by default"
                                        + " (resolve it against the URL called; an operator may configure an"
                                        + " absolute base), whose page explains the type")
                                .example(ProblemType.INVALID_FIELDS.type().toString()))
                .addProperty(
                        "title",
                        new StringSchema()
                                .description("a short summary of the problem type")
                                .example(ProblemType.INVALID_FIELDS.title()))
                .addProperty(
                        "status",
                        new IntegerSchema().description("the HTTP status code").example(400))
                .addProperty(
                        "detail",
                        new StringSchema()
                                .description("what went wrong in this request")
                                .example("subnets[0].cidr: must be an IPv4 CIDR block"))
                .addProperty(
                        "instance", new StringSchema().format("uri-reference").description("the request path"))
                .addProperty(
                        "errors",
                        new ArraySchema()
                                .description("the ill-formed fields, for a 400 that names fields")
                                .items(error))
                .required(List.of("type", "title", "status"));
    }
}
