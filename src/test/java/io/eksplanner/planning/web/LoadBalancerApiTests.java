package io.eksplanner.planning.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.support.ApiClient;
import io.eksplanner.support.Canonical;
import io.eksplanner.validation.Topologies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The load-balancer and plan endpoints over real HTTP. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "planner.data-dir=./target/test-data/load-balancer-api-${random.uuid}")
class LoadBalancerApiTests {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(() -> "http://localhost:" + port);
        api.deleteAllClusters();
    }

    @Test
    void listsAStoredClustersLoadBalancersAsSummaries() {
        api.post("/api/v1/clusters", Canonical.text());

        var response = api.get("/api/v1/clusters/demo/load-balancers");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("ETag")).isEqualTo("\"0\"");
        var first = response.json().get("loadBalancers").get(0);
        assertThat(first.get("id").asString()).isEqualTo("service.default.my-nginx");
        assertThat(first.get("owner").asString()).isEqualTo("LEGACY");
        assertThat(first.get("type").asString()).isEqualTo("CLB");
        assertThat(first.has("targetGroups")).isFalse();
        assertThat(first.get("traffic").get("crossAzHopsPerRequest").asDouble()).isEqualTo(0.5);
    }

    @Test
    void readsOneLoadBalancerInFull() {
        api.post("/api/v1/clusters", Canonical.text());

        var detail = api.get("/api/v1/clusters/demo/load-balancers/service.default.my-nginx")
                .json();

        var group = detail.get("targetGroups").get(0);
        assertThat(group.get("port").asInt()).isEqualTo(30686);
        assertThat(group.get("targets")).hasSize(4);
        assertThat(group.get("healthCheck").get("protocol").asString()).isEqualTo("TCP");
        assertThat(group.get("traffic").get("pods")).hasSize(4);
        assertThat(detail.get("paths").size()).isPositive();
        assertThat(detail.get("paths").get(0).get("hops").get(0).asString()).isEqualTo("client");
    }

    @Test
    void answersNotFoundForAnUnknownLoadBalancerListingTheKnownOnes() {
        api.post("/api/v1/clusters", Canonical.text());

        var response = api.get("/api/v1/clusters/demo/load-balancers/service.default.nope");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("loadBalancers").get(0).asString()).isEqualTo("service.default.my-nginx");
    }

    @Test
    void plansADocumentsLoadBalancersWithoutStoringIt() {
        var body = Topologies.canonical()
                .set("loadBalancing.controller", "AWS_LOAD_BALANCER_CONTROLLER")
                .set("loadBalancing.serviceMutatorWebhook", true)
                .json();

        var response = api.post("/api/v1/load-balancer-plans", body);

        assertThat(response.status()).isEqualTo(200);
        var plan = response.json().get("loadBalancers").get(0);
        assertThat(plan.get("type").asString()).isEqualTo("NLB");
        assertThat(plan.get("scheme").asString()).isEqualTo("internal");
        assertThat(api.get("/api/v1/clusters")
                        .json()
                        .get("page")
                        .get("totalElements")
                        .asInt())
                .isZero();
    }

    @Test
    void pagesEachTargetGroupsTargetsAndPodSharesByDefault() {
        var body = Topologies.canonical()
                .set("loadBalancing.controller", "AWS_LOAD_BALANCER_CONTROLLER")
                .set("loadBalancing.serviceMutatorWebhook", true)
                .set("nodeGroups[0].desiredSize", 12)
                .set("nodeGroups[0].maxSize", 12)
                .set("workloads[0].replicas", 250)
                .json();

        var first = api.post("/api/v1/load-balancer-plans", body);
        var last = api.post("/api/v1/load-balancer-plans?page=2&size=100", body);
        var small = api.post("/api/v1/load-balancer-plans?page=2&size=5", body);
        var past = api.post("/api/v1/load-balancer-plans?page=2147483647&size=1000", body);

        // 250 pods behind 12 instance targets: the pods' shares are paged, 100 at a time, and so are the targets.
        var group = first.json().at("/loadBalancers/0/targetGroups/0");
        assertThat(group.get("targetCount").asInt()).isEqualTo(12);
        assertThat(group.get("targets")).hasSize(12);
        assertThat(group.at("/traffic/podCount").asInt()).isEqualTo(250);
        assertThat(group.at("/traffic/pods")).hasSize(100);
        assertThat(first.json().at("/loadBalancers/0/traffic/pods")).hasSize(100);
        assertThat(last.json().at("/loadBalancers/0/targetGroups/0/traffic/pods"))
                .hasSize(50);
        assertThat(small.json().at("/loadBalancers/0/targetGroups/0/targets")).hasSize(2);
        assertThat(past.status()).isEqualTo(200);
        assertThat(past.json().at("/loadBalancers/0/targetGroups/0/targets")).isEmpty();
        assertThat(past.json().at("/loadBalancers/0/targetGroups/0/traffic/pods"))
                .isEmpty();
    }

    @Test
    void pagesOneStoredLoadBalancersTargetsAndRefusesAPageTooLarge() {
        api.post("/api/v1/clusters", Canonical.text());

        var one = api.get("/api/v1/clusters/demo/load-balancers/service.default.my-nginx?size=1");
        var tooLarge = api.get("/api/v1/clusters/demo/load-balancers/service.default.my-nginx?size=1001");

        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().at("/targetGroups/0/targets")).hasSize(1);
        assertThat(one.json().at("/targetGroups/0/targetCount").asInt()).isGreaterThan(1);
        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(tooLarge.json().get("type").asString()).endsWith("/invalid-parameter");
    }

    @Test
    void answersEverythingInOneCallAndFailsAPipelineOnErrors() {
        var passed = api.post("/api/v1/plans?failOn=error", Canonical.text());
        var broken = Topologies.canonical().set("nodeGroups[0].minSize", 9).json();
        var failed = api.post("/api/v1/plans?failOn=error", broken);

        assertThat(passed.status()).isEqualTo(200);
        assertThat(passed.json().get("validation").get("valid").asBoolean()).isTrue();
        assertThat(passed.json().get("ipPlan").get("summary").get("nodes").asInt())
                .isEqualTo(4);
        assertThat(passed.json().get("loadBalancers").get(0).get("type").asString())
                .isEqualTo("CLB");
        assertThat(failed.status()).isEqualTo(422);
        assertThat(failed.json().get("validation").get("valid").asBoolean()).isFalse();
        assertThat(api.post("/api/v1/plans", broken).status())
                .as("without failOn")
                .isEqualTo(200);
    }

    @Test
    void plansAStoredClusterInOneCall() {
        api.post("/api/v1/clusters", Canonical.text());

        var response = api.get("/api/v1/clusters/demo/plan?failOn=warning");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("ETag")).isEqualTo("\"0\"");
        assertThat(api.get("/api/v1/clusters/ghost/plan").status()).isEqualTo(404);
        assertThat(api.post("/api/v1/plans?failOn=never", Canonical.text()).status())
                .isEqualTo(400);
    }

    /** An IngressGroup "shop" whose second member has a typo in its inbound-cidrs: neither Ingress gets the ALB. */
    @Test
    void buildsNoAlbForAnIngressGroupWithOneBrokenMember() {
        var body = Topologies.canonical()
                .set("loadBalancing.controller", "AWS_LOAD_BALANCER_CONTROLLER")
                .set("loadBalancing.serviceMutatorWebhook", true)
                .add("ingresses", """
                        {"name": "storefront", "namespace": "default", "ingressClassName": "alb",
                         "annotations": {"alb.ingress.kubernetes.io/group.name": "shop",
                                         "alb.ingress.kubernetes.io/scheme": "internet-facing"},
                         "rules": [{"host": "shop.example.com",
                                    "paths": [{"path": "/", "pathType": "Prefix",
                                               "serviceName": "my-nginx", "servicePort": 80}]}]}
                        """)
                .add("ingresses", """
                        {"name": "admin", "namespace": "default", "ingressClassName": "alb",
                         "annotations": {"alb.ingress.kubernetes.io/group.name": "shop",
                                         "alb.ingress.kubernetes.io/group.order": "10",
                                         "alb.ingress.kubernetes.io/inbound-cidrs": "203.0.113.0/24, 198.51.100.0"},
                         "rules": [{"host": "admin.example.com",
                                    "paths": [{"path": "/", "pathType": "Prefix",
                                               "serviceName": "my-nginx", "servicePort": 80}]}]}
                        """)
                .json();

        var response = api.post("/api/v1/plans", body);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        var shop = response.json().get("loadBalancers").get(1);
        assertThat(shop.get("id").asString()).isEqualTo("group.shop");
        assertThat(shop.hasNonNull("type")).as("no ALB").isFalse();
        assertThat(shop.get("owner").asString()).isEqualTo("AWS_LOAD_BALANCER_CONTROLLER");
        assertThat(shop.get("reason").asString())
                .isEqualTo("invalid inbound-cidrs settings on Ingress: default/admin: invalid CIDR address:"
                        + " 198.51.100.0");
        assertThat(shop.get("source")).hasSize(2);
        var findings = response.json().get("validation").get("findings");
        var failed = new java.util.ArrayList<String>();
        findings.forEach(finding -> {
            if (finding.get("code").asString().equals("LB_BUILD_FAILED")) {
                failed.add(finding.get("severity").asString() + " "
                        + finding.get("path").asString());
            }
        });
        assertThat(failed).containsExactly("ERROR ingresses[1].annotations");
    }

    /** A storefront on HTTPS with its ACM certificate, HTTP redirected: the listeners as the controller builds them. */
    @Test
    void plansAnAlbWithTlsAndSslRedirect() {
        var body = Topologies.canonical()
                .set("loadBalancing.controller", "AWS_LOAD_BALANCER_CONTROLLER")
                .set("loadBalancing.serviceMutatorWebhook", true)
                .add("ingresses", """
                        {"name": "storefront", "namespace": "default", "ingressClassName": "alb",
                         "annotations": {
                           "alb.ingress.kubernetes.io/scheme": "internet-facing",
                           "alb.ingress.kubernetes.io/listen-ports": "[{\\"HTTP\\": 80}, {\\"HTTPS\\": 443}]",
                           "alb.ingress.kubernetes.io/certificate-arn":
                             "arn:aws:acm:ap-northeast-2:111122223333:certificate/shop",
                           "alb.ingress.kubernetes.io/ssl-redirect": "443",
                           "alb.ingress.kubernetes.io/ssl-policy": "ELBSecurityPolicy-TLS13-1-2-2021-06"},
                         "rules": [{"host": "shop.example.com",
                                    "paths": [{"path": "/", "pathType": "Prefix",
                                               "serviceName": "my-nginx", "servicePort": 80}]}]}
                        """)
                .json();

        var response = api.post("/api/v1/load-balancer-plans", body);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        var alb = response.json().get("loadBalancers").get(1);
        assertThat(alb.get("type").asString()).isEqualTo("ALB");
        var http = alb.get("listeners").get(0);
        assertThat(http.get("port").asInt()).isEqualTo(80);
        assertThat(http.get("defaultAction").asString()).isEqualTo("redirect HTTPS:443 301");
        assertThat(http.has("certificates")).isFalse();
        var https = alb.get("listeners").get(1);
        assertThat(https.get("protocol").asString()).isEqualTo("HTTPS");
        assertThat(https.get("certificates").get(0).asString())
                .isEqualTo("arn:aws:acm:ap-northeast-2:111122223333:certificate/shop");
        assertThat(https.get("sslPolicy").asString()).isEqualTo("ELBSecurityPolicy-TLS13-1-2-2021-06");
        var rules = alb.get("rules");
        assertThat(rules).hasSize(1);
        assertThat(rules.get(0).get("listenerPort").asInt()).isEqualTo(443);
    }
}
