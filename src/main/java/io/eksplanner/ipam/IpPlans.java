package io.eksplanner.ipam;

/** A topology's plans in both scenarios: every summary reports the desired totals and those at maximum size. */
public record IpPlans(IpPlan desired, IpPlan max) {

    /** The plan of one scenario. */
    public IpPlan of(Scenario scenario) {
        return scenario == Scenario.MAX ? max : desired;
    }
}
