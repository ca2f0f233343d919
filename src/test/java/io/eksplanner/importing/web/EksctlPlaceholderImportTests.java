package io.eksplanner.importing.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.support.ApiClient;
import java.util.ArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A dry-run import of a file modelled on eksctl's examples/36-outposts-vpc.yaml (commit 99984adb): placeholder ids
 * that eksctl never checks import with 200 and a SUBNET_ID_MALFORMED warning, not a 400.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "planner.data-dir=./target/test-data/eksctl-placeholder-${random.uuid}")
class EksctlPlaceholderImportTests {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(() -> "http://localhost:" + port);
        api.deleteAllClusters();
    }

    @Test
    void importsPlaceholderSubnetIdsWithAWarning() {
        var yaml = """
                apiVersion: eksctl.io/v1alpha5
                kind: ClusterConfig
                metadata: {name: placeholders, region: us-west-2}
                vpc:
                  id: vpc-1234
                  subnets:
                    private:
                      private-a: {id: subnet-1234, az: us-west-2a, cidr: 192.168.0.0/19}
                      private-b: {id: subnet-5678, az: us-west-2b, cidr: 192.168.32.0/19}
                managedNodeGroups:
                  - {name: ng, privateNetworking: true, desiredCapacity: 2}
                """;

        var response = api.send("POST", "/api/v1/imports?dryRun=true", yaml, "application/yaml");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        var codes = new ArrayList<String>();
        response.json()
                .get("validation")
                .get("findings")
                .forEach(f -> codes.add(f.get("code").asString()));
        assertThat(codes).filteredOn("SUBNET_ID_MALFORMED"::equals).hasSize(2);
    }
}
