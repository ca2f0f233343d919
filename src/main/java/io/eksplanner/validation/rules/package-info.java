/**
 * One class per validation rule, each checking what EKS, eksctl or the AWS Load Balancer Controller would refuse or
 * warn about, and {@link io.eksplanner.validation.rules.StandardRules}, the set the planner runs.
 */
package io.eksplanner.validation.rules;
