/**
 * Spring wiring of the process: the plain-Java engines as shared beans, the clock, and the data directory of the
 * embedded database.
 */
package io.eksplanner.config;
