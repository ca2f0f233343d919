/**
 * The EC2 instance-type catalogue: ENI limits and vCPUs of each type, loaded once from a bundled table, and the
 * max-pods arithmetic built on them. Plain Java.
 */
package io.eksplanner.catalog;
