package io.eksplanner.routing;

import static io.eksplanner.routing.IngressPlannerTests.CLASS;
import static io.eksplanner.routing.IngressPlannerTests.ingressPlans;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eksplanner.routing.LoadBalancerPlan.Problem;
import io.eksplanner.routing.LoadBalancerPlan.QueryStringPair;
import io.eksplanner.routing.LoadBalancerPlan.Rule;
import io.eksplanner.routing.LoadBalancerPlan.RuleAction;
import io.eksplanner.routing.LoadBalancerPlan.RuleCondition;
import io.eksplanner.routing.LoadBalancerPlan.Stickiness;
import io.eksplanner.routing.LoadBalancerPlan.WeightedTargetGroup;
import io.eksplanner.validation.Topologies;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code actions.<name>} and {@code conditions.<name>} annotations as aws-load-balancer-controller v3.5.0 builds
 * them into listener rules (src/docs/reference/aws-load-balancers.md §8.3, §8.4): weighted forwards, fixed responses
 * and redirects through a {@code use-annotation} backend, conditions in the controller's order, and the errors that
 * fail the whole IngressGroup or that the validating webhook refuses. Each family runs under the three profiles: the
 * legacy provider builds no ALB at all, the controller builds the same rules with or without its Service webhook.
 */
class ActionsAndConditionsTests {

    static final String A = "alb.ingress.kubernetes.io/";
    static final String LEGACY = "LEGACY";
    static final String LBC = "AWS_LOAD_BALANCER_CONTROLLER";
    static final String WEIGHTED = """
            {"type": "forward", "forwardConfig": {"targetGroups": [
              {"serviceName": "blue", "servicePort": "80", "weight": 90},
              {"serviceName": "green", "servicePort": 80, "weight": 10}],
             "targetGroupStickinessConfig": {"enabled": true, "durationSeconds": 300}}}""";

    /** The canonical cluster under {@code controller}, with Services blue and green beside my-nginx. */
    static Topologies profile(String controller, boolean webhook, List<?> ingresses) {
        var topology = Topologies.canonical()
                .set("loadBalancing.controller", controller)
                .set("loadBalancing.serviceMutatorWebhook", webhook)
                .set("ingresses", ingresses);
        for (var color : List.of("blue", "green")) {
            topology.add("services", """
                    {"name": "%s", "namespace": "default", "type": "NodePort", "selector": {"app": "my-nginx"},
                     "ports": [{"name": "http", "port": 80, "targetPort": 80, "protocol": "TCP"}]}""".formatted(color));
        }
        return topology;
    }

    static Map<String, Object> ingress(String name, Map<String, String> annotations, String serviceName, Object port) {
        var all = new LinkedHashMap<String, String>(Map.of(CLASS, "alb"));
        annotations.forEach((key, value) -> all.put(A + key, value));
        var path = new LinkedHashMap<String, Object>();
        path.put("path", "/");
        path.put("pathType", "Prefix");
        path.put("serviceName", serviceName);
        path.put("servicePort", port);
        var ingress = new LinkedHashMap<String, Object>();
        ingress.put("name", name);
        ingress.put("namespace", "default");
        ingress.put("annotations", all);
        ingress.put("rules", List.of(Map.of("host", "shop.example.com", "paths", List.of(path))));
        return ingress;
    }

    static LoadBalancerPlan plan(String controller, boolean webhook, Map<String, Object> ingress) {
        var plans = ingressPlans(profile(controller, webhook, List.of(ingress)));
        assertThat(plans).hasSize(1);
        return plans.get(0);
    }

    static Stream<Arguments> profiles() {
        return Stream.of(
                Arguments.of("controller with webhook", true), Arguments.of("controller without webhook", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void forwardsByWeightOverSeveralTargetGroupsWithStickiness(String name, boolean webhook) {
        var plan = plan(
                LBC, webhook, ingress("web", Map.of("actions.blue-green", WEIGHTED), "blue-green", "use-annotation"));

        assertThat(plan.type()).isEqualTo(LoadBalancerType.ALB);
        var rule = plan.rules().get(0);
        assertThat(rule.action())
                .isEqualTo("forward default/blue:80 weight 90, default/green:80 weight 10 stickiness 300s");
        assertThat(rule.actionDetail())
                .isEqualTo(new RuleAction(
                        "forward",
                        List.of(
                                new WeightedTargetGroup("default/web-blue:80", 90),
                                new WeightedTargetGroup("default/web-green:80", 10)),
                        new Stickiness(true, 300),
                        null,
                        null,
                        null,
                        null));
        // The structured action names the target groups as the target-group list does.
        assertThat(plan.targetGroups())
                .extracting(LoadBalancerPlan.TargetGroup::name)
                .containsExactly("default/web-blue:80", "default/web-green:80");
        assertThat(plan.problems()).isEmpty();
    }

    static Stream<Arguments> annotatedActions() {
        return Stream.of(
                Arguments.of(
                        "fixed response",
                        """
                        {"type": "fixed-response", "fixedResponseConfig":
                          {"contentType": "text/plain", "statusCode": "418", "messageBody": "teapot"}}""",
                        "fixed-response 418",
                        new RuleAction("fixed-response", null, null, "418", "text/plain", "teapot", null)),
                Arguments.of(
                        "redirect to HTTPS",
                        """
                        {"Type": "redirect", "RedirectConfig":
                          {"Protocol": "HTTPS", "Port": "443", "StatusCode": "HTTP_301"}}""",
                        "redirect HTTPS:443 301",
                        new RuleAction(
                                "redirect",
                                null,
                                null,
                                "HTTP_301",
                                null,
                                null,
                                new LoadBalancerPlan.Redirect("HTTPS", null, "443", null, null))),
                Arguments.of(
                        "redirect to another host",
                        """
                        {"type": "redirect", "redirectConfig": {"host": "new.example.com", "statusCode": "HTTP_302"}}""",
                        "redirect #{protocol}://new.example.com:#{port}/#{path}?#{query} 302",
                        new RuleAction(
                                "redirect",
                                null,
                                null,
                                "HTTP_302",
                                null,
                                null,
                                new LoadBalancerPlan.Redirect(null, "new.example.com", null, null, null))),
                Arguments.of(
                        "forward to a target group by ARN",
                        """
                        {"type": "forward", "targetGroupARN": "arn:aws:elasticloadbalancing:tg/legacy"}""",
                        "forward arn:aws:elasticloadbalancing:tg/legacy",
                        new RuleAction(
                                "forward",
                                List.of(new WeightedTargetGroup("arn:aws:elasticloadbalancing:tg/legacy", null)),
                                null,
                                null,
                                null,
                                null,
                                null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("annotatedActions")
    void buildsTheActionOfAUseAnnotationBackend(String name, String json, String readable, RuleAction detail) {
        for (boolean webhook : List.of(true, false)) {
            var plan = plan(LBC, webhook, ingress("web", Map.of("actions.special", json), "special", "use-annotation"));

            assertThat(plan.rules())
                    .extracting(Rule::action, Rule::actionDetail)
                    .containsExactly(tuple(readable, detail));
        }
    }

    @Test
    void buildsNoAlbUnderTheLegacyProfileWhateverTheAnnotations() {
        var plan = plan(
                LEGACY,
                false,
                ingress(
                        "web",
                        Map.of("actions.blue-green", WEIGHTED, "conditions.blue-green", "[]"),
                        "blue-green",
                        "use-annotation"));

        assertThat(plan.type()).isNull();
        assertThat(plan.rules()).isEmpty();
        assertThat(plan.reason()).contains("legacy cloud provider controller");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void putsAnnotatedConditionsFirstThenOneHostAndOnePathCondition(String name, boolean webhook) {
        var conditions = """
                [{"field": "http-header", "httpHeaderConfig": {"httpHeaderName": "X-Canary", "values": ["on"]}},
                 {"field": "host-header", "hostHeaderConfig": {"values": ["www.example.com"]}},
                 {"field": "http-request-method", "httpRequestMethodConfig": {"values": ["GET", "HEAD"]}},
                 {"field": "query-string", "queryStringConfig": {"values": [{"key": "v", "value": "2"}, {"value": "beta"}]}},
                 {"field": "source-ip", "sourceIPConfig": {"values": ["10.0.0.0/8"]}},
                 {"field": "path-pattern", "pathPatternConfig": {"values": ["/api/*"]}}]""";
        var plan = plan(LBC, webhook, ingress("web", Map.of("conditions.blue", conditions), "blue", 80));

        var rule = plan.rules().get(0);
        assertThat(rule.conditions())
                .containsExactly(
                        "http-header X-Canary: on",
                        "http-request-method: GET, HEAD",
                        "query-string: v=2, beta",
                        "source-ip: 10.0.0.0/8",
                        "host-header: shop.example.com, www.example.com",
                        "path-pattern: /*, /api/*");
        assertThat(rule.conditionDetails())
                .contains(
                        new RuleCondition(
                                "query-string",
                                null,
                                null,
                                null,
                                List.of(new QueryStringPair("v", "2"), new QueryStringPair(null, "beta"))),
                        new RuleCondition(
                                "host-header", null, List.of("shop.example.com", "www.example.com"), null, null));
        assertThat(rule.action()).isEqualTo("forward default/blue:80");
    }

    static Stream<Arguments> groupFailures() {
        return Stream.of(
                Arguments.of(
                        "actions that are no JSON",
                        Map.of("actions.blue-green", "{type: forward}"),
                        "ingresses[0].annotations",
                        "ingress: default/web: failed to parse json annotation, alb.ingress.kubernetes.io/actions.blue-green:"
                                + " {type: forward}: invalid character 't' looking for beginning of object key string"),
                Arguments.of(
                        "a weighted forward to a missing Service",
                        Map.of("actions.blue-green", WEIGHTED.replace("\"green\"", "\"gone\"")),
                        "ingresses[0].annotations",
                        "ingress: default/web: services \"gone\" not found"),
                Arguments.of(
                        "two target groups without weights",
                        Map.of(
                                "actions.blue-green",
                                "{\"type\": \"forward\", \"forwardConfig\": {\"targetGroups\": [{\"serviceName\": \"blue\","
                                        + " \"servicePort\": 80}, {\"serviceName\": \"green\", \"servicePort\": 80}]}}"),
                        "ingresses[0].annotations",
                        "ingress: default/web: invalid ForwardConfig: weight must be set when route to multiple target groups"),
                Arguments.of(
                        "a weight written as a string",
                        Map.of("actions.blue-green", WEIGHTED.replace("90", "\"90\"")),
                        "ingresses[0].annotations",
                        "json: cannot unmarshal string into Go struct field"
                                + " TargetGroupTuple.forwardConfig.targetGroups.weight of type int32"),
                Arguments.of(
                        "a fixed response whose status code is a number",
                        Map.of(
                                "actions.blue-green",
                                "{\"type\": \"fixed-response\", \"fixedResponseConfig\": {\"statusCode\": 503}}"),
                        "ingresses[0].annotations",
                        "json: cannot unmarshal number into Go struct field"
                                + " FixedResponseActionConfig.fixedResponseConfig.statusCode of type string"),
                Arguments.of(
                        "an unknown action type",
                        Map.of("actions.blue-green", "{\"type\": \"authenticate\"}"),
                        "ingresses[0].annotations",
                        "ingress: default/web: unknown action type: authenticate"),
                Arguments.of(
                        "a weighted forward to a port the Service lacks",
                        Map.of("actions.blue-green", WEIGHTED.replace("\"servicePort\": 80", "\"servicePort\": 8080")),
                        "ingresses[0].annotations",
                        "ingress: default/web: unable to find port 8080 on service default/green"),
                Arguments.of(
                        "a host as values and as regex values",
                        Map.of(
                                "actions.blue-green",
                                WEIGHTED,
                                "conditions.blue-green",
                                "[{\"field\": \"host-header\", \"hostHeaderConfig\": {\"regexValues\": [\"^.*$\"]}}]"),
                        "ingresses[0].annotations",
                        "host condition must specify exactly one of Values and RegexValues, got both Values"
                                + " [shop.example.com] and RegexValues [^.*$]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("groupFailures")
    void failsTheWholeGroup(String name, Map<String, String> annotations, String path, String message) {
        for (boolean webhook : List.of(true, false)) {
            var plans = ingressPlans(profile(
                    LBC,
                    webhook,
                    List.of(
                            ingress("web", withGroup(annotations), "blue-green", "use-annotation"),
                            ingress("shop", withGroup(Map.of()), "blue", 80))));

            assertThat(plans).hasSize(1);
            var plan = plans.get(0);
            assertThat(plan.type()).isNull();
            assertThat(plan.source()).containsExactly("Ingress default/shop", "Ingress default/web");
            assertThat(plan.reason()).contains(message);
            assertThat(plan.problems())
                    .filteredOn(problem -> problem.code() == ProblemCode.LB_BUILD_FAILED)
                    .extracting(Problem::path)
                    .containsExactly(path);
        }
    }

    private static Map<String, String> withGroup(Map<String, String> annotations) {
        var all = new LinkedHashMap<>(annotations);
        all.put("group.name", "shop");
        return all;
    }

    @Test
    void failsTheGroupOnAPortASingleForwardsServiceLacks() {
        var plan = plan(LBC, true, ingress("web", Map.of(), "blue", 8080));

        assertThat(plan.type()).isNull();
        assertThat(plan.problems())
                .extracting(Problem::code, Problem::path, Problem::message)
                .containsExactly(tuple(
                        ProblemCode.LB_BUILD_FAILED,
                        "ingresses[0].rules[0].paths[0]",
                        "ingress: default/web: unable to find port 8080 on service default/blue"));
    }

    static Stream<Arguments> tolerated() {
        return Stream.of(
                Arguments.of(
                        "a forward to one missing Service",
                        Map.of(
                                "actions.one",
                                "{\"type\": \"forward\", \"forwardConfig\": {\"targetGroups\":"
                                        + " [{\"serviceName\": \"gone\", \"servicePort\": 80}]}}"),
                        "Backend service does not exist"),
                Arguments.of("a use-annotation backend without its action", Map.of(), "Backend action does not exist"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tolerated")
    void answersWithAFixed503(String name, Map<String, String> annotations, String body) {
        var plan = plan(LBC, true, ingress("web", annotations, "one", "use-annotation"));

        assertThat(plan.type()).isEqualTo(LoadBalancerType.ALB);
        assertThat(plan.rules())
                .extracting(Rule::action, Rule::actionDetail)
                .containsExactly(tuple("fixed-response 503", RuleAction.fixedResponse("503", body)));
        assertThat(plan.problems()).extracting(Problem::code).containsExactly(ProblemCode.INGRESS_BACKEND_MISSING);
    }

    static Stream<Arguments> refusedConditions() {
        return Stream.of(
                Arguments.of(
                        "conditions that are no JSON list",
                        "{\"field\": \"source-ip\"}",
                        "json: cannot unmarshal object into Go value of type []ingress.RuleCondition"),
                Arguments.of(
                        "a condition without its config",
                        "[{\"field\": \"source-ip\"}]",
                        "since invalid alb.ingress.kubernetes.io/conditions.blue annotation: missing sourceIPConfig"),
                Arguments.of(
                        "a header condition with values and regex values",
                        "[{\"field\": \"http-header\", \"httpHeaderConfig\": {\"httpHeaderName\": \"X\", \"values\":"
                                + " [\"a\"], \"regexValues\": [\"b\"]}}]",
                        "invalid httpHeaderConfig: precisely one of values and regexValues can be specified"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedConditions")
    void leavesAnIngressTheWebhookRefusesOutOfItsGroup(String name, String conditions, String message) {
        for (boolean webhook : List.of(true, false)) {
            var plans = ingressPlans(profile(
                    LBC,
                    webhook,
                    List.of(
                            ingress("broken", withGroup(Map.of("conditions.blue", conditions)), "blue", 80),
                            ingress("shop", withGroup(Map.of()), "green", 80))));

            assertThat(plans).extracting(LoadBalancerPlan::id).containsExactly("ingress.default.broken", "group.shop");
            assertThat(plans.get(0).type()).isNull();
            assertThat(plans.get(0).reason())
                    .contains("validating webhook refuses the Ingress")
                    .contains(message);
            assertThat(plans.get(0).problems())
                    .extracting(Problem::code, Problem::path)
                    .containsExactly(tuple(ProblemCode.INGRESS_REJECTED, "ingresses[0].annotations"));
            assertThat(plans.get(1).type()).isEqualTo(LoadBalancerType.ALB);
            assertThat(plans.get(1).source()).containsExactly("Ingress default/shop");
        }
    }
}
