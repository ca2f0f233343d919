/**
 * The diagram endpoints: SVG and Mermaid pictures of a stored cluster's plan (with its ETag) or of a posted document,
 * planned through {@code planning.web.PlannedTopologies} like every other plan endpoint.
 */
package io.eksplanner.diagrams.web;
