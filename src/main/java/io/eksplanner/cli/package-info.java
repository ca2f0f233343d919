/**
 * The command line: {@code check} and {@code diff} run the importers, the planner and the validation engine from the
 * same executable jar without starting Spring, a web server or a database, and write findings that point at the file,
 * line and column of the YAML they came from, as table, JSON, SARIF, JUnit, GitHub workflow commands or Markdown.
 * An edge like {@code web}: it depends on the engines and nothing depends on it but the application's {@code main}.
 */
package io.eksplanner.cli;
