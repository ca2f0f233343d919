/**
 * EKS Network Planner: tells what an Amazon EKS cluster's network will do before it is built. The packages below are
 * modules by feature; dependencies point one way, from {@code web} through {@code planning} to the engines and the
 * model (src/docs/architecture.md).
 */
package io.eksplanner;
