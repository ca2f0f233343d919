package io.eksplanner.importing.web;

import io.eksplanner.common.web.ApiDocumentation;
import io.eksplanner.common.web.OpenApiConfiguration;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;

/**
 * The OpenAPI description of {@code POST /api/v1/imports}: one operation for its two handlers (a YAML body, or
 * multipart files), with the canonical eksctl example as a body that imports on a fresh service, and every status it
 * answers: 201 with Location when it creates a cluster, 200 when it applies to {@code ?cluster}, 409, 412 and 422.
 */
@Configuration(proxyBeanMethods = false)
class ImportApiDocumentation {

    private static final String EXAMPLE = "examples/canonical-cluster.eksctl.yaml";
    private static final String IMPORTS = "/api/v1/imports";
    private static final String RESULT = "#/components/schemas/ImportResult";

    /** The schema of the multipart form: not a record, since the handler reads the parts of any name. */
    static final String FILES = "ImportFiles";

    @Bean
    @Order(0)
    ApiDocumentation importDocumentation() {
        return openApi -> {
            if (openApi.getPaths() == null || openApi.getPaths().get(IMPORTS) == null) {
                return;
            }
            var operation = openApi.getPaths().get(IMPORTS).getPost();
            if (operation != null) {
                openApi.getComponents().addSchemas(FILES, filesSchema());
                document(operation);
            }
        };
    }

    private static void document(Operation operation) {
        operation.setOperationId("importYaml");
        operation.setSummary("Import eksctl ClusterConfig and Kubernetes manifest YAML, as a body or as files");
        operation.setDescription("Creates the cluster the ClusterConfig names (201 with Location), or with"
                + " ?cluster=NAME applies the objects to that cluster as kubectl apply does (200); ?dryRun=true stores"
                + " nothing and adds the validation report. The body is one YAML stream (application/yaml), or several"
                + " files sent as multipart/form-data, read as one stream. One bad document refuses the whole import"
                + " with a 400 listing every error. Run on a fresh service, the example creates the cluster"
                + " demo-imported; a second run answers 409.");
        var yaml = new MediaType()
                .schema(new StringSchema().description("a YAML stream"))
                .example(example());
        var content = new Content()
                .addMediaType(ImportController.YAML, yaml)
                .addMediaType("application/x-yaml", new MediaType().schema(new StringSchema()))
                .addMediaType("text/yaml", new MediaType().schema(new StringSchema()))
                .addMediaType(
                        org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + FILES)));
        operation.getRequestBody().setContent(content);
        operation.getRequestBody().setRequired(true);

        var responses = operation.getResponses();
        var result = new Content()
                .addMediaType(
                        org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
                        new MediaType().schema(new Schema<>().$ref(RESULT)));
        responses.addApiResponse(
                "200",
                new ApiResponse()
                        .description("Applied to ?cluster, or a dry run: the topology and the import report")
                        .content(result));
        responses.addApiResponse(
                "201",
                new ApiResponse()
                        .description("Created the cluster the ClusterConfig names: Location names it")
                        .content(result));
        responses.addApiResponse(
                "422",
                new ApiResponse()
                        .description("failOn was given and a finding reached that severity: the same body, with the"
                                + " validation report; the import is stored unless dryRun")
                        .content(result));
        OpenApiConfiguration.addProblemResponse(
                responses, "409", "A cluster of the ClusterConfig's name exists already; import with ?cluster=NAME");
        OpenApiConfiguration.addProblemResponse(
                responses, "412", "With ?cluster: a stale If-Match, the cluster changed since it was read");
        OpenApiConfiguration.addProblemResponse(responses, "404", "With ?cluster: no cluster of that name");
    }

    /** The multipart form, as a named schema: openapi-generator's Java client drops an inline one. */
    private static Schema<?> filesSchema() {
        return new ObjectSchema()
                .description("YAML files, in any part names; read in order as one stream")
                .addProperty(
                        "files",
                        new ArraySchema()
                                .items(new StringSchema().format("binary"))
                                .description("the YAML files: an eksctl ClusterConfig and Kubernetes manifests"));
    }

    private static MediaType yaml(String example) {
        return new MediaType()
                .schema(new StringSchema().description("a YAML stream"))
                .example(example);
    }

    private static String example() {
        try (var in = new ClassPathResource(EXAMPLE).getInputStream()) {
            // Named apart from createCluster's demo, so that trying both on a fresh service creates both.
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replaceFirst("(?m)^  name: demo$", "  name: demo-imported");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + EXAMPLE, e);
        }
    }
}
