/**
 * The IP plan endpoints: the controller, the Spring wiring of the planner, and {@code IpPlanResponse}, the API form
 * of a plan, which alone spells the engine's enums as the wire strings the API has always answered with.
 */
package io.eksplanner.ipam.web;
