package io.eksplanner.ipam;

/**
 * A topology's plans in both scenarios: every summary reports the desired totals and those at maximum size. Public:
 * the planning and validation engines hand both plans to the rules and the web layer.
 */
public record IpPlans(IpPlan desired, IpPlan max) {

    /** The plan of one scenario. */
    public IpPlan of(Scenario scenario) {
        return scenario == Scenario.MAX ? max : desired;
    }
}
