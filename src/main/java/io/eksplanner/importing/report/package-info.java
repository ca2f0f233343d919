/**
 * What an import says about itself, shared by the readers and the use case: the log of what was read, defaulted or
 * ignored, the problems found (document, object and field), and the refusal that carries them.
 */
package io.eksplanner.importing.report;
