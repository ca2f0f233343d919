/**
 * The HTTP API of the routing engine: the load balancers of stored clusters and of documents sent without storing
 * them, with {@link io.eksplanner.routing.web.LoadBalancerResponse} spelling the engine's plans, enums included, as
 * the API's JSON.
 */
package io.eksplanner.routing.web;
