/**
 * The YAML layer of imports: {@link io.eksplanner.importing.yaml.YamlDocuments} parses a stream into plain maps,
 * lists and core-schema scalars, and the limits that make hostile input cheap to refuse live beside it — the stream's
 * size in code points, aliases to collections, duplicate keys (all set on snakeyaml-engine), the document count and
 * nesting depth (checked on the parser's events and again once aliases are resolved), and YAML 1.1 merge keys, which
 * eksctl honours. Plain Java: every error is an {@link io.eksplanner.importing.report.ImportRejected}.
 */
package io.eksplanner.importing.yaml;
