package io.eksplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How long check takes from a cold JVM to its verdict, best of five, as a CI job runs it: {@code java -jar} on the
 * packaged jar, the same with C1 only, and the documented launcher (the extracted jar with an AppCDS archive and C1 only). Two inputs: the
 * canonical eksctl and manifests files, and a 500-node ClusterConfig with 200 manifests. It prints the figures for
 * the README and asserts only that each run reached its verdict, never how long it took.
 */
class CheckBenchmarkCliIT {

    static final Path DIR = Path.of("target", "cli-bench");
    private static final int RUNS = 3;
    static final List<String> CANONICAL =
            List.of("check", "examples/canonical-cluster.eksctl.yaml", "examples/canonical-cluster.manifests.yaml");

    @Test
    void printsTheBestOfFiveForBothInputsAndBothLaunchers() throws Exception {
        var large = largeCluster();
        var largeArgs = List.of("check", large.toString());
        var jar = List.of(Jar.javaBinary(), "-jar", Jar.path().toString());
        var launcher = cdsLauncher();

        var figures = new ArrayList<String>();
        figures.add(best("java -jar, canonical eksctl + manifests", jar, CANONICAL));
        figures.add(best("java -jar, 500 nodes + 200 manifests", jar, largeArgs));
        figures.add(best("AppCDS launcher, canonical eksctl + manifests", launcher, CANONICAL));
        figures.add(best("AppCDS launcher, 500 nodes + 200 manifests", launcher, largeArgs));

        System.out.println("check, wall-clock from process start to verdict, best of " + RUNS + " (load average "
                + Files.readString(Path.of("/proc/loadavg")).split(" ")[0] + "):");
        figures.forEach(figure -> System.out.println("  " + figure));
    }

    private static String best(String label, List<String> launcher, List<String> args) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < RUNS; i++) {
            var command = new ArrayList<>(launcher);
            command.addAll(args);
            var run = Jar.exec(command, null);
            assertThat(run.exit()).as(run.err()).isIn(0, 1);
            assertThat(run.err()).contains("eks-network-planner: ");
            best = Math.min(best, run.millis());
        }
        return String.format("%-48s %5d ms", label, best);
    }

    /** The jar extracted, with an AppCDS archive recorded by one training run of check. */
    private static List<String> cdsLauncher() throws Exception {
        var extracted = DIR.resolve("extracted");
        var training = Jar.exec(
                List.of(
                        Jar.javaBinary(),
                        "-Djarmode=tools",
                        "-jar",
                        Jar.path().toString(),
                        "extract",
                        "--force",
                        "--destination",
                        extracted.toString()),
                null);
        assertThat(training.exit()).as(training.err()).isZero();
        var jar = extracted.resolve(Jar.path().getFileName()).toString();
        var archive = DIR.resolve("check.jsa").toString();
        var record = new ArrayList<>(List.of(Jar.javaBinary(), "-XX:ArchiveClassesAtExit=" + archive, "-jar", jar));
        record.addAll(CANONICAL);
        assertThat(Jar.exec(record, null).exit()).isZero();
        return List.of(Jar.javaBinary(), "-XX:SharedArchiveFile=" + archive, "-XX:TieredStopAtLevel=1", "-jar", jar);
    }

    /** A ClusterConfig of 500 m5.xlarge nodes in three /18 subnets, and 200 manifests (160 Deployments, 40 Services). */
    static Path largeCluster() throws Exception {
        var folder = Files.createDirectories(DIR.resolve("large"));
        Files.writeString(folder.resolve("cluster.eksctl.yaml"), """
                apiVersion: eksctl.io/v1alpha5
                kind: ClusterConfig
                metadata: { name: large, region: eu-west-1, version: "1.33" }
                kubernetesNetworkConfig: { serviceIPv4CIDR: 172.20.0.0/16 }
                vpc:
                  cidr: 10.0.0.0/16
                  subnets:
                    private:
                      eu-west-1a: { cidr: 10.0.0.0/18 }
                      eu-west-1b: { cidr: 10.0.64.0/18 }
                      eu-west-1c: { cidr: 10.0.128.0/18 }
                    public:
                      eu-west-1a: { cidr: 10.0.192.0/20 }
                      eu-west-1b: { cidr: 10.0.208.0/20 }
                      eu-west-1c: { cidr: 10.0.224.0/20 }
                managedNodeGroups:
                  - { name: workers, instanceType: m5.xlarge, desiredCapacity: 500, minSize: 500, maxSize: 500,
                      privateNetworking: true }
                """);
        var manifests = new StringBuilder();
        for (int i = 0; i < 160; i++) {
            manifests.append(String.format("""
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata: { name: app-%1$d, namespace: team-%2$d }
                    spec:
                      replicas: 10
                      selector: { matchLabels: { app: app-%1$d } }
                      template:
                        metadata: { labels: { app: app-%1$d } }
                        spec: { containers: [ { name: app, image: nginx, ports: [ { containerPort: 8080 } ] } ] }
                    ---
                    """, i, i % 8));
        }
        for (int i = 0; i < 40; i++) {
            manifests.append(String.format("""
                    apiVersion: v1
                    kind: Service
                    metadata: { name: app-%1$d, namespace: team-%2$d }
                    spec:
                      type: %3$s
                      selector: { app: app-%1$d }
                      ports: [ { port: 80, targetPort: 8080 } ]
                    ---
                    """, i, i % 8, i < 10 ? "LoadBalancer" : "ClusterIP"));
        }
        Files.writeString(folder.resolve("manifests.yaml"), manifests.toString());
        return folder;
    }
}
