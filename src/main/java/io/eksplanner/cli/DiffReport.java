package io.eksplanner.cli;

import io.eksplanner.ipam.IpPlan;
import io.eksplanner.planning.PlanDiff;
import io.eksplanner.validation.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** {@code diff}'s reports: as a table, as Markdown for a pull request, and as JSON. */
final class DiffReport {

    private DiffReport() {}

    static String table(List<DiffCommand.ClusterDiff> diffs, FailOn failOn) {
        var out = new StringBuilder();
        for (DiffCommand.ClusterDiff cluster : diffs) {
            out.append("cluster ")
                    .append(cluster.name())
                    .append(cluster.diff() == null ? " (new)" : "")
                    .append('\n');
            out.append(" findings added: ").append(cluster.added().size()).append('\n');
            TableReport.lines(cluster.added(), out);
            if (cluster.diff() == null) {
                continue;
            }
            var diff = cluster.diff();
            out.append(" findings resolved: ").append(diff.resolved().size()).append('\n');
            diff.resolved()
                    .forEach(finding -> out.append("  ")
                            .append(finding.code())
                            .append("  ")
                            .append(finding.message())
                            .append('\n'));
            out.append(" subnets (free addresses at desired / at max):\n");
            for (PlanDiff.SubnetChange subnet : diff.subnets()) {
                out.append("  ")
                        .append(subnet.name())
                        .append("  ")
                        .append(subnetLine(subnet))
                        .append('\n');
            }
            out.append(" node groups (nodes at desired/max, max pods):\n");
            for (PlanDiff.NodeGroupChange group : diff.nodeGroups()) {
                out.append("  ")
                        .append(group.name())
                        .append("  ")
                        .append(groupSide(group.before()))
                        .append(" → ")
                        .append(groupSide(group.after()))
                        .append('\n');
            }
            out.append(" load balancers changed: ")
                    .append(diff.loadBalancers().size())
                    .append('\n');
            for (PlanDiff.LoadBalancerChange change : diff.loadBalancers()) {
                out.append("  ")
                        .append(change.id())
                        .append("  ")
                        .append(lbSide(change.before()))
                        .append(" → ")
                        .append(lbSide(change.after()))
                        .append('\n');
            }
        }
        out.append("verdict: ").append(verdict(diffs, failOn).sentence()).append(" on the findings the change adds\n");
        return out.toString();
    }

    static String markdown(List<DiffCommand.ClusterDiff> diffs, FailOn failOn) {
        var verdict = verdict(diffs, failOn);
        var out = new StringBuilder("## EKS Network Planner diff: ")
                .append(verdict.failed() ? "❌ the change adds failing findings" : "✅ passed")
                .append("\n\n")
                .append(verdict.counts())
                .append(" added; fail-on ")
                .append(Verdict.name(failOn))
                .append(".\n");
        for (DiffCommand.ClusterDiff cluster : diffs) {
            out.append("\n### Cluster ")
                    .append(MarkdownReport.cell(cluster.name()))
                    .append("\n\n#### Findings added\n\n");
            MarkdownReport.findings(cluster.added(), out);
            if (cluster.diff() == null) {
                continue;
            }
            var diff = cluster.diff();
            out.append("\n#### Findings resolved\n\n");
            if (diff.resolved().isEmpty()) {
                out.append("None.\n");
            }
            diff.resolved()
                    .forEach(finding -> out.append("- `")
                            .append(finding.code())
                            .append("` ")
                            .append(MarkdownReport.cell(finding.message()))
                            .append('\n'));
            subnetTable(diff, out);
            out.append("\n| Node group | Nodes at desired/max, max pods |\n| --- | --- |\n");
            diff.nodeGroups()
                    .forEach(group -> out.append("| ")
                            .append(MarkdownReport.cell(group.name()))
                            .append(" | ")
                            .append(groupSide(group.before()))
                            .append(" → ")
                            .append(groupSide(group.after()))
                            .append(" |\n"));
            out.append("\n| Load balancer | Before | After |\n| --- | --- | --- |\n");
            diff.loadBalancers()
                    .forEach(lb -> out.append("| ")
                            .append(MarkdownReport.cell(lb.id()))
                            .append(" | ")
                            .append(lbSide(lb.before()))
                            .append(" | ")
                            .append(lbSide(lb.after()))
                            .append(" |\n"));
        }
        return out.toString();
    }

    private static void subnetTable(PlanDiff diff, StringBuilder out) {
        out.append("\n| Subnet | Free at desired | Free at max | Headroom at desired | Headroom at max |\n"
                + "| --- | --- | --- | --- | --- |\n");
        for (PlanDiff.SubnetChange subnet : diff.subnets()) {
            out.append("| ")
                    .append(MarkdownReport.cell(subnet.name()))
                    .append(" | ")
                    .append(change(subnet, s -> s.freeAtDesired() + (s.exhaustedAtDesired() ? " **exhausted**" : "")))
                    .append(" | ")
                    .append(change(subnet, s -> s.freeAtMax() + (s.exhaustedAtMax() ? " **exhausted**" : "")))
                    .append(" | ")
                    .append(change(subnet, s -> MarkdownReport.headroom(s.headroomAtDesired())))
                    .append(" | ")
                    .append(change(subnet, s -> MarkdownReport.headroom(s.headroomAtMax())))
                    .append(" |\n");
        }
    }

    static String json(List<DiffCommand.ClusterDiff> diffs, FailOn failOn) {
        var verdict = verdict(diffs, failOn);
        var root = new LinkedHashMap<String, Object>();
        root.put("passed", !verdict.failed());
        root.put("failOn", Verdict.name(failOn));
        root.put("added", JsonReport.summary(verdict));
        var clusters = new ArrayList<Object>();
        for (DiffCommand.ClusterDiff cluster : diffs) {
            var entry = new LinkedHashMap<String, Object>();
            entry.put("name", cluster.name());
            entry.put("new", cluster.diff() == null);
            entry.put("added", JsonReport.findings(cluster.added()));
            if (cluster.diff() != null) {
                entry.put(
                        "resolved",
                        cluster.diff().resolved().stream()
                                .map(DiffReport::finding)
                                .toList());
                entry.put(
                        "subnets",
                        cluster.diff().subnets().stream()
                                .map(DiffReport::subnet)
                                .toList());
                entry.put(
                        "nodeGroups",
                        cluster.diff().nodeGroups().stream()
                                .map(DiffReport::group)
                                .toList());
                entry.put(
                        "loadBalancers",
                        cluster.diff().loadBalancers().stream()
                                .map(DiffReport::lb)
                                .toList());
            }
            clusters.add(entry);
        }
        root.put("clusters", clusters);
        return JsonText.of(root);
    }

    private static Verdict verdict(List<DiffCommand.ClusterDiff> diffs, FailOn failOn) {
        return Verdict.of(diffs.stream().flatMap(diff -> diff.added().stream()).toList(), failOn);
    }

    private static String subnetLine(PlanDiff.SubnetChange subnet) {
        return change(subnet, s -> s.freeAtDesired() + (s.exhaustedAtDesired() ? " (exhausted)" : "")) + "  /  "
                + change(subnet, s -> s.freeAtMax() + (s.exhaustedAtMax() ? " (exhausted)" : "")) + "  headroom "
                + change(subnet, s -> MarkdownReport.headroom(s.headroomAtDesired()));
    }

    private static String change(
            PlanDiff.SubnetChange subnet, java.util.function.Function<PlanDiff.SubnetState, String> value) {
        String before = subnet.before() == null ? "–" : value.apply(subnet.before());
        String after = subnet.after() == null ? "–" : value.apply(subnet.after());
        return Objects.equals(before, after) ? after : before + " → " + after;
    }

    private static String groupSide(PlanDiff.NodeGroupState state) {
        return state == null
                ? "–"
                : state.instanceType() + " " + state.nodesAtDesired() + "/" + state.nodesAtMax() + " nodes, max pods "
                        + state.maxPods();
    }

    private static String lbSide(PlanDiff.LoadBalancerState state) {
        return state == null
                ? "–"
                : (state.type() == null ? "none" : state.type()) + " " + Objects.toString(state.scheme(), "") + " "
                        + Objects.toString(state.targetType(), "") + " " + String.join(",", state.listeners());
    }

    private static Map<String, Object> finding(Finding finding) {
        var entry = new LinkedHashMap<String, Object>();
        entry.put("code", finding.code());
        entry.put("severity", Verdict.level(finding.severity()));
        entry.put("path", finding.path());
        entry.put("message", finding.message());
        return entry;
    }

    private static Map<String, Object> subnet(PlanDiff.SubnetChange change) {
        var entry = new LinkedHashMap<String, Object>();
        entry.put("name", change.name());
        entry.put("before", subnetState(change.before()));
        entry.put("after", subnetState(change.after()));
        return entry;
    }

    private static Map<String, Object> subnetState(PlanDiff.SubnetState state) {
        if (state == null) {
            return null;
        }
        var entry = new LinkedHashMap<String, Object>();
        entry.put("cidr", state.cidr());
        entry.put("freeAtDesired", state.freeAtDesired());
        entry.put("freeAtMax", state.freeAtMax());
        entry.put("exhaustedAtDesired", state.exhaustedAtDesired());
        entry.put("exhaustedAtMax", state.exhaustedAtMax());
        entry.put("headroomAtDesired", headroom(state.headroomAtDesired()));
        entry.put("headroomAtMax", headroom(state.headroomAtMax()));
        return entry;
    }

    private static Map<String, Object> headroom(List<IpPlan.Headroom> headroom) {
        return headroom.stream()
                .collect(Collectors.toMap(
                        IpPlan.Headroom::nodeGroup, room -> (Object) room.nodes(), (a, b) -> a, LinkedHashMap::new));
    }

    private static Map<String, Object> group(PlanDiff.NodeGroupChange change) {
        var entry = new LinkedHashMap<String, Object>();
        entry.put("name", change.name());
        entry.put("before", change.before() == null ? null : groupState(change.before()));
        entry.put("after", change.after() == null ? null : groupState(change.after()));
        return entry;
    }

    private static Map<String, Object> groupState(PlanDiff.NodeGroupState state) {
        var entry = new LinkedHashMap<String, Object>();
        entry.put("instanceType", state.instanceType());
        entry.put("nodesAtDesired", state.nodesAtDesired());
        entry.put("nodesAtMax", state.nodesAtMax());
        entry.put("maxPods", state.maxPods());
        entry.put("podAddressCapacity", state.podAddressCapacity());
        return entry;
    }

    private static Map<String, Object> lb(PlanDiff.LoadBalancerChange change) {
        var entry = new LinkedHashMap<String, Object>();
        entry.put("id", change.id());
        entry.put("before", change.before() == null ? null : lbState(change.before()));
        entry.put("after", change.after() == null ? null : lbState(change.after()));
        return entry;
    }

    private static Map<String, Object> lbState(PlanDiff.LoadBalancerState state) {
        var entry = new LinkedHashMap<String, Object>();
        entry.put("type", state.type());
        entry.put("scheme", state.scheme());
        entry.put("targetType", state.targetType());
        entry.put("listeners", state.listeners());
        return entry;
    }
}
