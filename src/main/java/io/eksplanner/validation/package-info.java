/**
 * The validation engine: the rule contract, the context rules read (the topology and the plans made of it), findings
 * with stable codes, and the report. Plain Java.
 */
package io.eksplanner.validation;
