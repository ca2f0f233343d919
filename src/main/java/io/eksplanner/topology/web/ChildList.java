package io.eksplanner.topology.web;

import io.eksplanner.common.web.SchemaNames;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The children of one collection of a cluster, in the order they were given. Its schema is named after the kind:
 * {@code SubnetList}, {@code NodeGroupList}… (src/docs/api-conventions.md §1).
 */
record ChildList<S>(
        @Schema(description = "every child of this kind the cluster holds, in the order given (namespaced kinds too)")
        List<S> items) {

    /** Names each child list's schema after its kind, for the one generic class. */
    @Configuration(proxyBeanMethods = false)
    static class SchemaNaming {

        @Bean
        SchemaNames childListSchemaNames() {
            return SchemaNames.generic(ChildList.class, type -> {
                var argument = type.containedType(0);
                if (argument == null) {
                    return null;
                }
                var kind = argument.getRawClass().getSimpleName();
                return (kind.endsWith("Spec") ? kind.substring(0, kind.length() - "Spec".length()) : kind) + "List";
            });
        }
    }
}
