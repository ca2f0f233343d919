package io.eksplanner.cli;

import io.eksplanner.diagrams.Diagrams;
import io.eksplanner.ipam.IpPlan;
import io.eksplanner.ipam.Scenario;
import io.eksplanner.planning.ClusterPlan;
import io.eksplanner.routing.LoadBalancerPlan;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A pull-request summary in Markdown: the verdict, the findings, each subnet's utilisation and headroom at desired and
 * at maximum size, the load balancers, and the network and load-balancer diagrams as Mermaid blocks.
 */
final class MarkdownReport {

    private static final Pattern BACKTICKS = Pattern.compile("`+");

    private MarkdownReport() {}

    static String render(Checker.CheckResult result, FailOn failOn) {
        var verdict = Verdict.of(result.findings(), failOn);
        var out = new StringBuilder();
        out.append("## EKS Network Planner: ")
                .append(verdict.failed() ? "❌ failed" : "✅ passed")
                .append("\n\n");
        out.append(verdict.counts())
                .append("; fail-on ")
                .append(Verdict.name(failOn))
                .append(".\n");
        for (Checker.CheckedCluster cluster : result.clusters()) {
            out.append("\n### Cluster ").append(cell(cluster.name())).append("\n\n");
            findings(cluster.findings(), out);
            subnets(cluster.plan().ipPlans().desired(), cluster.plan().ipPlans().max(), out);
            loadBalancers(cluster.plan().loadBalancers(), out);
            diagrams(cluster.plan(), out);
        }
        result.notes().forEach(note -> out.append("\n> ").append(cell(note)).append('\n'));
        return out.toString();
    }

    static void findings(List<ReportedFinding> findings, StringBuilder out) {
        if (findings.isEmpty()) {
            out.append("No findings.\n");
            return;
        }
        out.append("| Severity | Code | Where | Message |\n| --- | --- | --- | --- |\n");
        for (ReportedFinding finding : findings) {
            out.append("| ")
                    .append(finding.isSuppressed() ? "suppressed" : Verdict.level(finding.severity()))
                    .append(" | `")
                    .append(finding.code())
                    .append("` | `")
                    .append(cell(finding.location().display()))
                    .append("` | ")
                    .append(cell(finding.finding().message()))
                    .append(finding.isSuppressed() ? " (" + cell(finding.suppressed()) + ")" : "")
                    .append(" |\n");
        }
    }

    static void subnets(IpPlan desired, IpPlan max, StringBuilder out) {
        out.append("\n| Subnet | AZ | CIDR | Free at desired | Free at max | Utilisation desired → max"
                + " | Headroom at desired | Headroom at max |\n| --- | --- | --- | ---: | ---: | --- | --- | --- |\n");
        for (IpPlan.SubnetUsage subnet : desired.subnets()) {
            var atMax = max.subnets().stream()
                    .filter(other -> other.name().equals(subnet.name()))
                    .findFirst()
                    .orElse(subnet);
            out.append("| ")
                    .append(cell(subnet.name()))
                    .append(" | ")
                    .append(cell(String.valueOf(subnet.availabilityZone())))
                    .append(" | ")
                    .append(cell(String.valueOf(subnet.cidr())))
                    .append(" | ")
                    .append(subnet.freeIps())
                    .append(" | ")
                    .append(atMax.freeIps())
                    .append(" | ")
                    .append(percent(subnet.utilization()))
                    .append(" → ")
                    .append(percent(atMax.utilization()))
                    .append(atMax.exhausted() ? " **exhausted**" : "")
                    .append(" | ")
                    .append(headroom(subnet.headroom()))
                    .append(" | ")
                    .append(headroom(atMax.headroom()))
                    .append(" |\n");
        }
    }

    static void loadBalancers(List<LoadBalancerPlan> loadBalancers, StringBuilder out) {
        if (loadBalancers.isEmpty()) {
            out.append("\nNo load balancers.\n");
            return;
        }
        out.append("\n| Load balancer | Type | Scheme | Target type | Listeners | Subnets |\n"
                + "| --- | --- | --- | --- | --- | --- |\n");
        for (LoadBalancerPlan plan : loadBalancers) {
            out.append("| ")
                    .append(cell(plan.id()))
                    .append(" | ")
                    .append(plan.type() == null ? "none: " + cell(String.valueOf(plan.reason())) : plan.type())
                    .append(" | ")
                    .append(plan.scheme() == null ? "" : plan.scheme())
                    .append(" | ")
                    .append(plan.targetType() == null ? "" : plan.targetType())
                    .append(" | ")
                    .append(listeners(plan))
                    .append(" | ")
                    .append(plan.subnets().stream()
                            .map(LoadBalancerPlan.LbSubnet::name)
                            .collect(Collectors.joining(", ")))
                    .append(" |\n");
        }
    }

    /**
     * The network and load-balancer diagrams as Mermaid blocks, which GitHub renders in a pull-request comment; each
     * fence is longer than any run of backticks in its chart, so no name can end it early.
     */
    static void diagrams(ClusterPlan plan, StringBuilder out) {
        out.append("\n#### Network at desired size\n\n");
        out.append(fenced(Diagrams.networkMermaid(plan, Scenario.DESIRED)));
        if (!plan.loadBalancers().isEmpty()) {
            out.append("\n#### Load balancers\n\n");
            out.append(fenced(Diagrams.loadBalancersMermaid(plan, Scenario.DESIRED)));
        }
    }

    /** {@code chart} in a ```mermaid block whose fence is longer than any backtick run inside it. */
    static String fenced(String chart) {
        int longest = 0;
        var run = BACKTICKS.matcher(chart);
        while (run.find()) {
            longest = Math.max(longest, run.group().length());
        }
        var fence = "`".repeat(Math.max(3, longest + 1));
        return fence + "mermaid\n" + chart + (chart.endsWith("\n") ? "" : "\n") + fence + "\n";
    }

    static String listeners(LoadBalancerPlan plan) {
        return plan.listeners().stream()
                .map(listener -> listener.protocol() + ":" + listener.port())
                .collect(Collectors.joining(", "));
    }

    static String headroom(List<IpPlan.Headroom> headroom) {
        if (headroom.isEmpty()) {
            return "–";
        }
        return headroom.stream()
                .map(room -> cell(room.nodeGroup()) + " +" + room.nodes())
                .collect(Collectors.joining(", "));
    }

    static String percent(double utilization) {
        return String.format(Locale.ROOT, "%.1f%%", utilization * 100);
    }

    static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }
}
