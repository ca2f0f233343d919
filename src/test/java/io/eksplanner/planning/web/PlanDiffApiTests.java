package io.eksplanner.planning.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.support.ApiClient;
import io.eksplanner.validation.Topologies;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** POST /api/v1/plan-diffs over real HTTP: what a change to a topology does to its plan. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "planner.data-dir=./target/test-data/plan-diff-api-${random.uuid}")
class PlanDiffApiTests {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(() -> "http://localhost:" + port);
    }

    private static String request(String base, String head) {
        return "{\"base\": " + base + ", \"head\": " + head + "}";
    }

    /** The canonical cluster with its public-b subnet shrunk to a /28, which its nodes then exhaust. */
    private static String shrunk() {
        return Topologies.canonical().set("subnets[1].cidr", "192.168.32.0/28").json();
    }

    @Test
    void reportsTheSubnetAChangeExhaustsAndTheFindingsItAdds() {
        var response =
                api.post("/api/v1/plan-diffs", request(Topologies.canonical().json(), shrunk()));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        var json = response.json();
        assertThat(codes(json.get("added"))).contains("SUBNET_IP_EXHAUSTED");
        assertThat(json.get("resolved")).isEmpty();
        var publicB = subnet(json, "public-b");
        assertThat(publicB.get("before").get("exhaustedAtDesired").asBoolean()).isFalse();
        assertThat(publicB.get("after").get("exhaustedAtDesired").asBoolean()).isTrue();
        assertThat(publicB.get("after").get("freeAtDesired").asLong())
                .isLessThan(publicB.get("before").get("freeAtDesired").asLong());
    }

    @Test
    void resolvesWhatTheReverseChangeAddsAndFailsOnlyOnAddedFindings() {
        var forward = api.post(
                "/api/v1/plan-diffs?failOn=error",
                request(Topologies.canonical().json(), shrunk()));
        var reverse = api.post(
                "/api/v1/plan-diffs?failOn=error",
                request(shrunk(), Topologies.canonical().json()));

        assertThat(forward.status()).isEqualTo(422);
        assertThat(reverse.status()).as(reverse.body()).isEqualTo(200);
        assertThat(codes(reverse.json().get("resolved"))).contains("SUBNET_IP_EXHAUSTED");
        assertThat(reverse.json().get("added")).isEmpty();
    }

    @Test
    void refusesARequestWithoutHead() {
        var response = api.post(
                "/api/v1/plan-diffs", "{\"base\": " + Topologies.canonical().json() + "}");

        assertThat(response.status()).as(response.body()).isEqualTo(400);
    }

    private static tools.jackson.databind.JsonNode subnet(tools.jackson.databind.JsonNode json, String name) {
        for (var subnet : json.get("subnets")) {
            if (subnet.get("name").asString().equals(name)) {
                return subnet;
            }
        }
        throw new AssertionError("no subnet " + name + " in " + json);
    }

    private static List<String> codes(tools.jackson.databind.JsonNode findings) {
        var codes = new ArrayList<String>();
        findings.forEach(finding -> codes.add(finding.get("code").asString()));
        return codes;
    }
}
