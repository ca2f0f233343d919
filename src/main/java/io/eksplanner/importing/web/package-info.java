/**
 * The HTTP side of importing: the endpoints that take YAML streams (one body or several multipart files) and answer
 * the imported topology with its report, the export endpoints that write a stored cluster as an eksctl ClusterConfig
 * or as manifests, and the handler that answers a refused import as an RFC 9457 problem listing every error.
 */
package io.eksplanner.importing.web;
