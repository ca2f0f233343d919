package io.eksplanner.importing.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.support.ApiClient;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Dry-run imports over HTTP of ClusterConfigs written for this test, each modelled on one of eksctl's examples at
 * commit 99984adb (placeholder ids: 36-outposts-vpc, 38-cluster-subnets-sgs; aliases without an AZ: 24-nodegroup-subnets;
 * Local Zones: 33-local-zones; Outposts: 35-outposts; IPv6: 30-vpc-with-ip-family): each imports with 200 and the
 * findings that say what the planner could not know or what eksctl would refuse.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "planner.data-dir=./target/test-data/eksctl-shapes-${random.uuid}")
class EksctlClusterShapesScenarioTests {

    private static final String HEADER = "apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\n";

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(() -> "http://localhost:" + port);
        api.deleteAllClusters();
    }

    private JsonNode dryRun(String body) {
        var response = api.send("POST", "/api/v1/imports?dryRun=true", HEADER + body, "application/yaml");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<String> codes(JsonNode imported, String severity) {
        var codes = new ArrayList<String>();
        imported.get("validation").get("findings").forEach(finding -> {
            if (finding.get("severity").asString().equals(severity)) {
                codes.add(finding.get("code").asString());
            }
        });
        return codes;
    }

    @Test
    void importsControlPlaneSubnetIdsWithPlaceholdersAsWarnings() {
        var imported = dryRun("""
                metadata: {name: cp-ids, region: us-west-2}
                vpc:
                  controlPlaneSubnetIDs: [subnet-1234, subnet-5678]
                  clusterEndpoints: {publicAccess: true, privateAccess: true}
                managedNodeGroups:
                  - name: mng1
                """);

        assertThat(codes(imported, "ERROR")).isEmpty();
        assertThat(codes(imported, "WARNING"))
                .filteredOn(code -> code.equals("CONTROL_PLANE_SUBNET_UNKNOWN") || code.equals("SUBNET_ID_MALFORMED"))
                .hasSize(4);
    }

    @Test
    void importsAliasSubnetsWithoutAnAzAndSaysWhatToLookUp() {
        var imported = dryRun("""
                metadata: {name: aliases, region: us-west-2}
                vpc:
                  id: vpc-0c24b1cc77da8f463
                  cidr: 192.168.0.0/16
                  subnets:
                    public:
                      web-one: {id: subnet-0324095a4f2188967}
                      web-two: {id: subnet-083814b087bad140b}
                    private:
                      app-one: {cidr: 192.168.160.0/19}
                      app-two: {id: subnet-00110ffa3ef259d0c}
                nodeGroups:
                  - {name: ng-1, subnets: [web-one, subnet-083814b087bad140b]}
                  - {name: ng-2, privateNetworking: true, subnets: [app-one, app-two]}
                """);

        assertThat(codes(imported, "ERROR")).isEmpty();
        assertThat(codes(imported, "WARNING"))
                .filteredOn("SUBNET_AZ_UNKNOWN"::equals)
                .hasSize(4);
        assertThat(imported.get("validation").get("findings").toString())
                .contains("192.168.160.0/19 in vpc-0c24b1cc77da8f463");
    }

    @Test
    void givesLocalZoneSubnetsOnlyToTheGroupThatListsThem() {
        var imported = dryRun("""
                metadata: {name: local-zones, region: us-west-2}
                localZones: [us-west-2-lax-1a, us-west-2-lax-1b]
                nodeGroups:
                  - {name: local-ng, localZones: [us-west-2-lax-1a, us-west-2-lax-1b]}
                  - {name: regional-ng}
                """);

        var groups = imported.get("topology").get("nodeGroups");
        assertThat(groups.get(0).get("subnets").toString()).contains("public-lax-1a", "public-lax-1b");
        assertThat(groups.get(1).get("subnets").toString()).doesNotContain("lax");
        assertThat(codes(imported, "ERROR")).doesNotContain("SUBNET_LOCAL_ZONE").isEmpty();
    }

    @Test
    void importsAnOutpostsClusterAndReportsWhatEksctlRefusesThere() {
        var outpost = """
                metadata: {name: outpost, region: us-west-2}
                nodeGroups:
                  - {name: ng, instanceType: m5d.large, privateNetworking: true}
                outpost:
                  controlPlaneOutpostARN: "arn:aws:outposts:us-west-2:1234:outpost/op-1234"
                  controlPlaneInstanceType: m5d.large
                """;

        var asEksctlMakesIt = dryRun(outpost);
        var withAManagedGroup = dryRun(outpost + "managedNodeGroups:\n  - {name: mng}\n");

        assertThat(asEksctlMakesIt
                        .get("topology")
                        .get("outpost")
                        .get("controlPlaneOutpostArn")
                        .asString())
                .isEqualTo("arn:aws:outposts:us-west-2:1234:outpost/op-1234");
        assertThat(asEksctlMakesIt
                        .get("topology")
                        .get("endpointAccess")
                        .get("publicAccess")
                        .asBoolean())
                .isFalse();
        assertThat(codes(asEksctlMakesIt, "ERROR")).isEmpty();
        assertThat(codes(asEksctlMakesIt, "WARNING")).containsOnly("SUBNET_AZ_UNKNOWN");
        assertThat(codes(withAManagedGroup, "ERROR")).containsExactly("OUTPOST_MANAGED_NODEGROUP");
    }

    @Test
    void importsAnIpv6ClusterAndSaysInThePlanThatIpv6IsNotModelled() {
        var imported = dryRun("""
                metadata: {name: ipv6, region: us-west-2, version: "1.21"}
                kubernetesNetworkConfig: {ipFamily: IPv6}
                managedNodeGroups:
                  - name: mng-1
                """);

        assertThat(imported.get("topology").get("ipFamily").asString()).isEqualTo("IPv6");
        assertThat(codes(imported, "WARNING")).containsExactly("IPV6_NOT_MODELLED");
        var plan = api.post("/api/v1/plans", imported.get("topology").toString());
        assertThat(plan.status()).as(plan.body()).isEqualTo(200);
        var effective = plan.json().get("ipPlan").get("effective");
        assertThat(effective.get("ipFamily").asString()).isEqualTo("IPv6");
        assertThat(effective.get("notModelled").asString()).contains("IPv6 planning is not modelled");
    }

    @Test
    void storesAndExportsTheOutpostIpFamilyAndVpcId() {
        var yaml = HEADER + """
                metadata: {name: stored-outpost, region: us-west-2}
                kubernetesNetworkConfig: {ipFamily: IPv4}
                vpc:
                  id: vpc-1234
                  subnets:
                    private:
                      outpost-subnet-1: {id: subnet-1234}
                nodeGroups:
                  - {name: ng, instanceType: m5d.large, privateNetworking: true}
                outpost:
                  controlPlaneOutpostARN: "arn:aws:outposts:us-west-2:1234:outpost/op-1234"
                """;

        assertThat(api.send("POST", "/api/v1/imports", yaml, "application/yaml").status())
                .isEqualTo(201);
        var stored = api.get("/api/v1/clusters/stored-outpost").json();
        var exported = api.get("/api/v1/clusters/stored-outpost/export/eksctl").body();

        assertThat(stored.get("ipFamily").asString()).isEqualTo("IPv4");
        assertThat(stored.get("vpc").get("id").asString()).isEqualTo("vpc-1234");
        assertThat(stored.get("outpost").get("controlPlaneOutpostArn").asString())
                .endsWith("op-1234");
        assertThat(exported).contains("controlPlaneOutpostARN", "ipFamily: IPv4", "id: vpc-1234");
    }
}
