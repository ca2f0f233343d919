package io.eksplanner.planning.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.support.ApiClient;
import io.eksplanner.validation.Topologies;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Target groups and IngressClassParams over real HTTP, on manifests as a team would write them: a storefront behind an
 * IngressGroup of two Ingresses that share its Service with different annotations, a gRPC backend, a class whose
 * IngressClassParams override the Ingresses' annotations, and an NLB with TLS and UDP ports (src/docs/domain-rules.md
 * §4; aws-load-balancer-controller v3.5.0, {@code pkg/ingress/model_build_target_group.go}, {@code
 * pkg/service/model_build_listener.go}).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "planner.data-dir=./target/test-data/target-group-scenario-${random.uuid}")
class TargetGroupScenarioTests {

    static final String CERT = "arn:aws:acm:ap-northeast-2:111122223333:certificate/shop";

    /** A storefront and a gRPC API, two Ingresses of group public, and a class whose parameters override them. */
    static final String MANIFESTS = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: storefront, namespace: shop}
            spec:
              replicas: 4
              selector: {matchLabels: {app: storefront}}
              template:
                metadata: {labels: {app: storefront}}
                spec:
                  containers:
                    - name: web
                      image: public.ecr.aws/nginx/nginx:1.27
                      ports: [{name: http, containerPort: 8080}]
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: storefront, namespace: shop}
            spec:
              type: NodePort
              selector: {app: storefront}
              ports: [{name: http, port: 80, targetPort: http, nodePort: 30080}]
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: orders, namespace: shop}
            spec:
              replicas: 2
              selector: {matchLabels: {app: orders}}
              template:
                metadata: {labels: {app: orders}}
                spec:
                  containers:
                    - name: grpc
                      image: public.ecr.aws/example/orders:1.0
                      ports: [{name: grpc, containerPort: 50051}]
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: orders
              namespace: shop
              annotations:
                alb.ingress.kubernetes.io/backend-protocol-version: GRPC
            spec:
              type: ClusterIP
              selector: {app: orders}
              ports: [{name: grpc, port: 50051, targetPort: 50051}]
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: storefront
              namespace: shop
              annotations:
                alb.ingress.kubernetes.io/group.name: public
                alb.ingress.kubernetes.io/scheme: internet-facing
                alb.ingress.kubernetes.io/healthcheck-path: /healthz
            spec:
              ingressClassName: alb
              rules:
                - host: shop.example.com
                  http:
                    paths:
                      - {path: /, pathType: Prefix, backend: {service: {name: storefront, port: {number: 80}}}}
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: admin
              namespace: shop
              annotations:
                alb.ingress.kubernetes.io/group.name: public
                alb.ingress.kubernetes.io/target-type: ip
            spec:
              ingressClassName: alb
              rules:
                - host: admin.example.com
                  http:
                    paths:
                      - {path: /, pathType: Prefix, backend: {service: {name: storefront, port: {name: http}}}}
                      - path: /orders.v1.Orders
                        pathType: Prefix
                        backend: {service: {name: orders, port: {number: 50051}}}
            ---
            apiVersion: networking.k8s.io/v1
            kind: IngressClass
            metadata: {name: internal-shop}
            spec:
              controller: ingress.k8s.aws/alb
              parameters: {apiGroup: elbv2.k8s.aws, kind: IngressClassParams, name: internal-shop}
            ---
            apiVersion: elbv2.k8s.aws/v1beta1
            kind: IngressClassParams
            metadata: {name: internal-shop}
            spec:
              scheme: internal
              group: {name: checkout}
              targetType: ip
              certificateArn: [%s]
              sslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06
              sslRedirectPort: "443"
              inboundCIDRs: [10.0.0.0/8]
              tags: [{key: team, value: payments}]
              namespaceSelector:
                matchExpressions: [{key: kubernetes.io/metadata.name, operator: In, values: [shop]}]
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: checkout
              namespace: shop
              annotations:
                alb.ingress.kubernetes.io/scheme: internet-facing
                alb.ingress.kubernetes.io/target-type: instance
                alb.ingress.kubernetes.io/listen-ports: '[{"HTTP": 80}, {"HTTPS": 443}]'
                alb.ingress.kubernetes.io/inbound-cidrs: 0.0.0.0/0
                alb.ingress.kubernetes.io/tags: team=web
            spec:
              ingressClassName: internal-shop
              rules:
                - http:
                    paths:
                      - {path: /checkout, pathType: Prefix, backend: {service: {name: storefront, port: {number: 80}}}}
            """.formatted(CERT);

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(() -> "http://localhost:" + port);
        api.deleteAllClusters();
    }

    /** The canonical cluster under the controller, stored, with the manifests imported into it. */
    void storeAndImport() {
        var cluster = Topologies.canonical()
                .set("loadBalancing.controller", "AWS_LOAD_BALANCER_CONTROLLER")
                .set("loadBalancing.serviceMutatorWebhook", true)
                .json();
        assertThat(api.post("/api/v1/clusters", cluster).status()).isEqualTo(201);
        var imported =
                api.send("POST", "/api/v1/imports?cluster=demo", MANIFESTS, "application/yaml", "If-Match", "\"0\"");
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    }

    static List<String> texts(JsonNode array, String field) {
        var values = new ArrayList<String>();
        array.forEach(item -> values.add(item.get(field).asString()));
        return values;
    }

    @Test
    void givesEachIngressOfAGroupItsOwnTargetGroupForASharedService() {
        storeAndImport();

        var alb = api.get("/api/v1/clusters/demo/load-balancers/group.public").json();

        var groups = alb.get("targetGroups");
        // In rule order: admin's longer prefix first, then its /, then storefront's.
        assertThat(texts(groups, "name"))
                .containsExactly(
                        "shop/admin-orders:50051", "shop/admin-storefront:http", "shop/storefront-storefront:80");
        // The orders Service's own annotation makes its target group gRPC, with gRPC's health check.
        assertThat(groups.get(0).get("protocolVersion").asString()).isEqualTo("GRPC");
        assertThat(groups.get(0).get("healthCheck").get("path").asString()).isEqualTo("/AWS.ALB/healthcheck");
        assertThat(groups.get(0).get("healthCheck").get("matcher").asString()).isEqualTo("12");
        // admin's annotations: ip targets, port 1 behind the named targetPort, pods registered on 8080.
        assertThat(groups.get(1).get("protocolVersion").asString()).isEqualTo("HTTP1");
        assertThat(groups.get(1).get("port").asInt()).isEqualTo(1);
        assertThat(groups.get(1).get("targets").get(0).get("port").asInt()).isEqualTo(8080);
        assertThat(groups.get(1).get("healthCheck").get("path").asString()).isEqualTo("/");
        // storefront's: instance targets on the NodePort, its own health-check path.
        assertThat(groups.get(2).get("port").asInt()).isEqualTo(30080);
        assertThat(groups.get(2).get("healthCheck").get("path").asString()).isEqualTo("/healthz");
        assertThat(alb.get("targetType").asString()).isEqualTo("mixed");
        assertThat(texts(alb.get("paths"), "targetGroup"))
                .contains("shop/admin-storefront:http", "shop/admin-orders:50051", "shop/storefront-storefront:80");
    }

    @Test
    void letsTheClassParametersWinOverTheIngressAnnotationsAndExportsThem() {
        storeAndImport();

        var alb = api.get("/api/v1/clusters/demo/load-balancers/group.checkout").json();

        assertThat(alb.get("scheme").asString()).isEqualTo("internal");
        assertThat(alb.get("targetType").asString()).isEqualTo("ip");
        var listeners = alb.get("listeners");
        assertThat(listeners.get(0).get("defaultAction").asString()).isEqualTo("redirect HTTPS:443 301");
        assertThat(listeners.get(1).get("certificates").get(0).asString()).isEqualTo(CERT);
        assertThat(listeners.get(1).get("sslPolicy").asString()).isEqualTo("ELBSecurityPolicy-TLS13-1-2-2021-06");
        var parameters = api.get("/api/v1/clusters/demo")
                .json()
                .get("ingressClasses")
                .get(0)
                .get("parameters");
        assertThat(parameters.get("inboundCIDRs").get(0).asString()).isEqualTo("10.0.0.0/8");
        assertThat(parameters.get("tags").get("team").asString()).isEqualTo("payments");
        var exported = api.get("/api/v1/clusters/demo/export/manifests").body();
        assertThat(exported)
                .contains("sslRedirectPort: \"443\"")
                .contains("- key: \"team\"")
                .contains("operator: \"In\"");
    }

    @Test
    void plansAnNlbWithTlsAndUdpPortsAsTheControllerBuildsIt() {
        var body = Topologies.canonical()
                .set("loadBalancing.controller", "AWS_LOAD_BALANCER_CONTROLLER")
                .set("loadBalancing.serviceMutatorWebhook", true)
                .set(
                        "services[0].ports",
                        List.of(
                                Map.of("name", "https", "port", 443, "targetPort", 80, "protocol", "TCP"),
                                Map.of("name", "quic", "port", 443, "targetPort", 80, "protocol", "UDP"),
                                Map.of("name", "dns", "port", 53, "targetPort", 53, "protocol", "UDP")))
                .set("services[0].annotations", Map.of("service.beta.kubernetes.io/aws-load-balancer-ssl-cert", CERT))
                .json();

        var planned = api.post("/api/v1/plans", body).json();

        var nlb = planned.get("loadBalancers").get(0);
        assertThat(texts(nlb.get("listeners"), "protocol")).containsExactly("TLS", "UDP");
        var codes = texts(planned.get("validation").get("findings"), "code");
        assertThat(codes).contains("NLB_PORT_DROPPED");
        var detail = api.post("/api/v1/load-balancer-plans", body)
                .json()
                .get("loadBalancers")
                .get(0);
        assertThat(texts(detail.get("targetGroups"), "protocol")).containsExactly("TCP", "UDP");
        assertThat(texts(detail.get("targetGroups"), "name"))
                .containsExactly("default/my-nginx:443", "default/my-nginx:53");
    }
}
