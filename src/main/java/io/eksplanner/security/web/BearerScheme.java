package io.eksplanner.security.web;

import io.eksplanner.common.web.ApiDocumentation;
import io.eksplanner.common.web.OpenApiConfiguration;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * Declares the bearer scheme in the OpenAPI document and requires it of every operation, so that Swagger UI's
 * "Authorize" sends a token (a {@code token}-mode secret or an OIDC access token) with every call.
 */
@Configuration(proxyBeanMethods = false)
class BearerScheme {

    static final String NAME = "bearer";

    @Bean
    @Order(0)
    ApiDocumentation bearerSecurityScheme() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents()
                    .addSecuritySchemes(
                            NAME,
                            new SecurityScheme()
                                    .type(SecurityScheme.Type.HTTP)
                                    .scheme("bearer")
                                    .description("planner.security.mode=token: one of the configured tokens;"
                                            + " oidc: an access token (JWT) of the configured issuer; none: not"
                                            + " needed"));
            if (openApi.getSecurity() == null || openApi.getSecurity().isEmpty()) {
                openApi.addSecurityItem(new SecurityRequirement().addList(NAME));
            }
            if (openApi.getPaths() != null) {
                openApi.getPaths().forEach((path, item) -> {
                    if (path.startsWith("/api/")) {
                        item.readOperations().forEach(BearerScheme::refusals);
                    }
                });
            }
        };
    }

    private static void refusals(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        OpenApiConfiguration.addProblemResponse(
                operation.getResponses(), "401", "No bearer token, or one not accepted (token and oidc modes)");
        OpenApiConfiguration.addProblemResponse(
                operation.getResponses(),
                "403",
                "The caller's role may not call this operation, or a cross-site or non-local request was refused");
    }
}
