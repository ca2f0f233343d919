/**
 * Pictures of a plan: SVG and Mermaid diagrams of the VPC and its subnets, of the load balancers' packet paths and of
 * one node's ENIs, drawn from the same {@code planning.ClusterPlan} the API answers with. Plain Java, deterministic
 * (the same plan draws the same bytes), no external service; {@code diagrams.web} serves them.
 */
package io.eksplanner.diagrams;
