package io.eksplanner.topology.web;

import io.eksplanner.common.web.ApiDocumentation;
import io.eksplanner.topology.ChildCollection;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.web.method.HandlerMethod;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI description of the topology API: summaries and operationIds that name each child kind (the child
 * controllers share their generic methods), and request and path examples taken from the canonical example so that
 * "Try it out" works first time against a fresh server.
 */
@Configuration(proxyBeanMethods = false)
class TopologyApiDocumentation {

    static final String CANONICAL_EXAMPLE = "examples/canonical-cluster.json";

    private static final String CLUSTERS = "/api/v1/clusters";
    private static final String CLUSTER_KIND = "cluster";

    /**
     * The examples of one child collection: {@code existing} is in the canonical example (or is the one the other
     * examples create), for reads and replaces; {@code added} is a new one for creates.
     */
    record ChildExamples(ChildCollection<?> collection, Map<String, Object> existing, Map<String, Object> added) {}

    /** Fills {@code {kind}} and {@code {kinds}} in with the child's kind, and names each operation after it. */
    @Bean
    GlobalOperationCustomizer topologyOperationNames(ApplicationContext context) {
        return (operation, handlerMethod) -> {
            var kind = kindOf(handlerMethod, context);
            if (kind == null) {
                return operation;
            }
            if (operation.getSummary() != null) {
                operation.setSummary(fillIn(operation.getSummary(), kind));
            }
            if (operation.getDescription() != null) {
                operation.setDescription(fillIn(operation.getDescription(), kind));
            }
            var verb = verbOf(handlerMethod.getMethod().getName());
            if (verb != null) {
                var noun = "list".equals(verb) ? plural(kind) : kind;
                operation.setOperationId(verb + camelCase(noun));
                successStatus(operation, verb);
                if ("get".equals(verb) || ("list".equals(verb) && !CLUSTER_KIND.equals(kind))) {
                    notModified(operation);
                }
            }
            return operation;
        };
    }

    /** Gives every request body and path parameter of the topology API an example from the canonical example. */
    @Bean
    @Order(0)
    ApiDocumentation topologyExamples(JsonMapper json) {
        return openApi -> addExamples(openApi, json);
    }

    private static String kindOf(HandlerMethod handlerMethod, ApplicationContext context) {
        var type = handlerMethod.getBeanType();
        if (ClusterController.class.isAssignableFrom(type)) {
            return CLUSTER_KIND;
        }
        if (!ChildController.class.isAssignableFrom(type)) {
            return null;
        }
        var bean = handlerMethod.getBean() instanceof ChildController<?> controller
                ? controller
                : (ChildController<?>) context.getBean(type);
        return bean.collection().kind();
    }

    private static String verbOf(String methodName) {
        return switch (methodName) {
            case "list" -> "list";
            case "create" -> "create";
            case "get" -> "get";
            case "put", "replace" -> "replace";
            case "remove", "delete" -> "delete";
            default -> null;
        };
    }

    /** Fills the placeholders in, with "an" rather than "a" before a kind such as "ingress". */
    static String fillIn(String text, String kind) {
        var filled = text;
        if (startsWithAVowelSound(kind)) {
            filled = filled.replaceAll("(?<![A-Za-z])a (\\{kind})", "an $1")
                    .replaceAll("(?<![A-Za-z])A (\\{kind})", "An $1");
        }
        return filled.replace("{kinds}", plural(kind)).replace("{kind}", kind);
    }

    /** "ingress" and "HTTP route" (an aitch) take "an"; "TCP route" and "UDP route" (a you) take "a". */
    private static boolean startsWithAVowelSound(String kind) {
        var first = kind.charAt(0);
        boolean acronym = kind.length() > 1 && Character.isUpperCase(first) && Character.isUpperCase(kind.charAt(1));
        return acronym ? "AEFHILMNORSX".indexOf(first) >= 0 : "aeiou".indexOf(Character.toLowerCase(first)) >= 0;
    }

    /**
     * Documents the success status a create or delete answers with: springdoc reads a {@code ResponseEntity} as a
     * 200, where the controllers answer 201 with Location and ETag, and 204.
     */
    private static void successStatus(Operation operation, String verb) {
        var responses = operation.getResponses();
        if (responses == null || !responses.containsKey("200")) {
            return;
        }
        if ("create".equals(verb) && !responses.containsKey("201")) {
            var created = responses.remove("200");
            created.setDescription("Created: the Location header names the new resource, the ETag its version");
            responses.addApiResponse("201", created);
        } else if ("delete".equals(verb) && !responses.containsKey("204")) {
            responses.remove("200");
            responses.addApiResponse("204", new ApiResponse().description("Deleted"));
        }
    }

    /** A read answers 304 without a body when If-None-Match holds the current ETag (ClusterController). */
    private static void notModified(Operation operation) {
        operation.addParametersItem(new Parameter()
                .in("header")
                .name(HttpHeaders.IF_NONE_MATCH)
                .required(false)
                .description("the ETag last read: answers 304 without a body while it is current")
                .schema(new StringSchema().example("\"3\"")));
        if (operation.getResponses() != null) {
            operation
                    .getResponses()
                    .addApiResponse(
                            "304",
                            new ApiResponse()
                                    .description("Not modified: If-None-Match holds the current ETag")
                                    .addHeaderObject(
                                            HttpHeaders.ETAG,
                                            new Header()
                                                    .description("the current ETag")
                                                    .schema(new StringSchema())));
        }
    }

    /** The plural of a kind: "node group" → "node groups", "ingress class" → "ingress classes". */
    static String plural(String kind) {
        return kind.endsWith("s") ? kind + "es" : kind + "s";
    }

    /** "ingress classes" → "IngressClasses", "HTTP routes" → "HttpRoutes", "gRPC routes" → "GrpcRoutes". */
    private static String camelCase(String words) {
        var result = new StringBuilder();
        for (var word : words.split("[ -]+")) {
            if (!word.isEmpty()) {
                result.append(word.substring(0, 1).toUpperCase(Locale.ROOT))
                        .append(word.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return result.toString();
    }

    private static void addExamples(OpenAPI openApi, JsonMapper json) {
        if (openApi.getPaths() == null) {
            return;
        }
        Supplier<Map<String, Object>> canonical = () -> read(json);
        var children = childExamples(canonical);
        GatewayApiExamples.read(json).forEach(examples -> put(children, examples));
        openApi.getPaths().forEach((path, item) -> {
            if (!path.equals(CLUSTERS) && !path.startsWith(CLUSTERS + "/")) {
                return;
            }
            var segments = path.substring(CLUSTERS.length()).split("/");
            // "", "{cluster}" | "", "{cluster}", "subnets" | "", "{cluster}", "subnets", "{name}" | … "{namespace}",
            // "{name}"
            var child = segments.length >= 3 ? children.get(segments[2]) : null;
            item.readOperationsMap().forEach((method, operation) -> {
                pathExamples(operation, child);
                Object body = null;
                if (segments.length <= 2 && (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT)) {
                    body = canonical.get();
                } else if (child != null && method == PathItem.HttpMethod.POST && segments.length == 3) {
                    body = copy(child.added());
                } else if (child != null && method == PathItem.HttpMethod.PUT && segments.length > 3) {
                    body = copy(child.existing());
                }
                if (body != null) {
                    bodyExample(operation, body);
                }
            });
        });
    }

    private static void pathExamples(Operation operation, ChildExamples child) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            if (!"path".equals(parameter.getIn()) || parameter.getExample() != null) {
                continue;
            }
            switch (parameter.getName()) {
                case "cluster" -> parameter.setExample("demo");
                case "namespace" ->
                    parameter.setExample(
                            child == null ? "default" : child.existing().getOrDefault("namespace", "default"));
                case "name" -> {
                    if (child != null) {
                        parameter.setExample(child.existing().get("name"));
                    }
                }
                default -> {}
            }
        }
    }

    private static void bodyExample(Operation operation, Object example) {
        var body = operation.getRequestBody();
        if (body == null || body.getContent() == null) {
            return;
        }
        body.getContent().forEach((mediaType, content) -> {
            if (mediaType.contains("json") && content.getExample() == null && content.getExamples() == null) {
                content.setExample(example);
            }
        });
    }

    /** The examples of each child collection, by its path segment. */
    private static Map<String, ChildExamples> childExamples(Supplier<Map<String, Object>> canonical) {
        var document = canonical.get();
        var children = new LinkedHashMap<String, ChildExamples>();

        var subnet = first(document, "subnets");
        var addedSubnet = copy(subnet);
        addedSubnet.put("name", "public-d");
        addedSubnet.put("cidr", "192.168.192.0/19");
        addedSubnet.put("availabilityZone", "ap-northeast-2d");
        put(children, new ChildExamples(ChildCollection.SUBNETS, subnet, addedSubnet));

        var nodeGroup = first(document, "nodeGroups");
        var addedNodeGroup = copy(nodeGroup);
        addedNodeGroup.put("name", "ng-2");
        put(children, new ChildExamples(ChildCollection.NODE_GROUPS, nodeGroup, addedNodeGroup));

        var workload = first(document, "workloads");
        var addedWorkload = copy(workload);
        addedWorkload.put("name", "my-nginx-2");
        put(children, new ChildExamples(ChildCollection.WORKLOADS, workload, addedWorkload));

        var service = first(document, "services");
        var addedService = copy(service);
        addedService.put("name", "my-nginx-2");
        withoutNodePorts(addedService);
        put(children, new ChildExamples(ChildCollection.SERVICES, service, addedService));
        putIngressExamples(children);
        return children;
    }

    /** A second Service on the first one's node port would clash; null lets the planner allocate one. */
    private static void withoutNodePorts(Map<String, Object> service) {
        if (service.get("ports") instanceof List<?> ports) {
            for (var port : ports) {
                if (port instanceof Map<?, ?> portMap && portMap.containsKey("nodePort")) {
                    @SuppressWarnings("unchecked")
                    var writable = (Map<String, Object>) portMap;
                    writable.put("nodePort", null);
                }
            }
        }
    }

    /** The canonical example has no ingresses or ingress classes: these go with its my-nginx Service. */
    private static void putIngressExamples(Map<String, ChildExamples> children) {
        var ingressClass = new LinkedHashMap<String, Object>();
        ingressClass.put("name", "alb");
        ingressClass.put("controller", "ingress.k8s.aws/alb");
        ingressClass.put("isDefault", false);
        put(children, new ChildExamples(ChildCollection.INGRESS_CLASSES, ingressClass, ingressClass));

        var ingressPath = new LinkedHashMap<String, Object>();
        ingressPath.put("path", "/");
        ingressPath.put("pathType", "Prefix");
        ingressPath.put("serviceName", "my-nginx");
        ingressPath.put("servicePort", 80);
        var rule = new LinkedHashMap<String, Object>();
        rule.put("host", null);
        rule.put("paths", List.of(ingressPath));
        var ingress = new LinkedHashMap<String, Object>();
        ingress.put("name", "web");
        ingress.put("namespace", "default");
        ingress.put("ingressClassName", "alb");
        ingress.put("annotations", Map.of("alb.ingress.kubernetes.io/scheme", "internet-facing"));
        ingress.put("rules", List.of(rule));
        put(children, new ChildExamples(ChildCollection.INGRESSES, ingress, ingress));
    }

    private static void put(Map<String, ChildExamples> children, ChildExamples examples) {
        children.put(examples.collection().path(), examples);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> first(Map<String, Object> document, String property) {
        if (document.get(property) instanceof List<?> list
                && !list.isEmpty()
                && list.get(0) instanceof Map<?, ?> element) {
            return (Map<String, Object>) element;
        }
        throw new IllegalStateException(CANONICAL_EXAMPLE + " has no " + property);
    }

    private static Map<String, Object> read(JsonMapper json) {
        try (InputStream in = new ClassPathResource(CANONICAL_EXAMPLE).getInputStream()) {
            return json.readValue(in, new TypeReference<LinkedHashMap<String, Object>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CANONICAL_EXAMPLE, e);
        }
    }

    /** A deep copy of parsed JSON, so that no two examples share (and mutate) one object. */
    @SuppressWarnings("unchecked")
    private static <T> T copy(T value) {
        if (value instanceof Map<?, ?> map) {
            var result = new LinkedHashMap<String, Object>();
            map.forEach((key, element) -> result.put((String) key, copy(element)));
            return (T) result;
        }
        if (value instanceof List<?> list) {
            var result = new ArrayList<>(list.size());
            list.forEach(element -> result.add(copy(element)));
            return (T) result;
        }
        return value;
    }
}
