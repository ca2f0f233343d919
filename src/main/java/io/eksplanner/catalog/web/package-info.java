/** The instance-type catalogue over HTTP: paged look-ups and the closest names for a type that is unknown. */
package io.eksplanner.catalog.web;
