package io.eksplanner.ipam;

import io.eksplanner.topology.model.ClusterTopology;

/** A topology's plans in both scenarios: every summary reports the desired totals and those at maximum size. */
public record IpPlans(IpPlan desired, IpPlan max) {

    /** Plans {@code topology} at desired and at maximum size. */
    public static IpPlans of(IpPlanner planner, ClusterTopology topology) {
        return new IpPlans(planner.plan(topology, Scenario.DESIRED), planner.plan(topology, Scenario.MAX));
    }

    /** The plan of one scenario. */
    public IpPlan of(Scenario scenario) {
        return scenario == Scenario.MAX ? max : desired;
    }
}
