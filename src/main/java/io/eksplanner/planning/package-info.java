/**
 * The application layer: {@link io.eksplanner.planning.ClusterPlanner} turns one topology into one
 * {@link io.eksplanner.planning.ClusterPlan} — the IP plan, the load balancers and the validation report — making each
 * at most once. Plain Java, so the command line can use it without a server.
 */
package io.eksplanner.planning;
