package io.eksplanner.importing.web;

import io.eksplanner.common.IfMatch;
import io.eksplanner.common.web.ResourceLocations;
import io.eksplanner.importing.ImportService;
import io.eksplanner.importing.eksctl.EksctlWriter;
import io.eksplanner.importing.manifests.ManifestWriter;
import io.eksplanner.importing.report.ImportReport;
import io.eksplanner.planning.ClusterPlanner;
import io.eksplanner.planning.web.FailOn;
import io.eksplanner.planning.web.ValidationReportResponse;
import io.eksplanner.topology.TopologyService;
import io.eksplanner.topology.spec.TopologyDocument;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/** Imports eksctl ClusterConfigs and Kubernetes manifests, and exports a stored topology in both formats. */
@RestController
@Tag(name = "Import and export", description = "eksctl ClusterConfig and Kubernetes manifests, in and out")
class ImportController {

    static final String YAML = "application/yaml";

    private static final String FAIL_ON = "answer 422 when validation finds a finding of this severity: error or"
            + " warning; the import is stored all the same unless dryRun is set";

    private final ImportService imports;
    private final TopologyService topology;
    private final ClusterPlanner planner;
    private final ResourceLocations locations;

    ImportController(
            ImportService imports, TopologyService topology, ClusterPlanner planner, ResourceLocations locations) {
        this.imports = imports;
        this.topology = topology;
        this.planner = planner;
        this.locations = locations;
    }

    /** What an import made, what it read, and (on a dry run) what validation says. */
    @Schema(
            name = "ImportResult",
            description = "The imported topology, its validation on a dry run, and the import report")
    public record ImportResponse(
            TopologyDocument topology,
            ValidationReportResponse validation,

            @Schema(description = "what the import read, ignored and defaulted, document by document")
            ImportReport report) {}

    @PostMapping(
            path = "/api/v1/imports",
            consumes = {YAML, "application/x-yaml", "text/yaml"},
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "importYaml",
            summary = "Import a YAML stream: an eksctl ClusterConfig and any number of Kubernetes manifests",
            description = "Creates the cluster the ClusterConfig names (201), or with ?cluster=NAME applies the"
                    + " objects to that cluster as kubectl apply does (200); ?dryRun=true stores nothing and adds the"
                    + " validation report. One bad document refuses the whole import with a 400 listing every error.")
    ResponseEntity<ImportResponse> importYaml(
            @RequestBody String stream,
            @Parameter(description = "apply to this stored cluster instead of creating one")
                    @RequestParam(required = false)
                    String cluster,
            @Parameter(description = "store nothing; answer the topology, its validation and the report")
                    @RequestParam(defaultValue = "false")
                    boolean dryRun,
            @Parameter(description = FAIL_ON) @RequestParam(required = false) FailOn failOn,
            @Parameter(description = "with ?cluster: the cluster's ETag last read; a stale one is refused with 412")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch) {
        return answer(List.of(stream), new ImportRequest(cluster, dryRun, failOn, ifMatch));
    }

    @PostMapping(
            path = "/api/v1/imports",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "importFiles",
            summary = "Import several YAML files at once (multipart/form-data), as one stream")
    ResponseEntity<ImportResponse> importFiles(
            MultipartHttpServletRequest request,
            @RequestParam(required = false) String cluster,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @Parameter(description = FAIL_ON) @RequestParam(required = false) FailOn failOn,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        var streams = new ArrayList<String>();
        for (MultipartFile file : request.getMultiFileMap().values().stream()
                .flatMap(List::stream)
                .toList()) {
            try {
                streams.add(new String(file.getBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return answer(streams, new ImportRequest(cluster, dryRun, failOn, ifMatch));
    }

    /** What the query and headers ask of an import. */
    private record ImportRequest(String cluster, boolean dryRun, FailOn failOn, String ifMatch) {}

    private ResponseEntity<ImportResponse> answer(List<String> streams, ImportRequest ask) {
        var imported = imports.importStreams(streams, ask.cluster(), ask.dryRun(), IfMatch.of(ask.ifMatch()));
        // The report is made on a dry run, and whenever failOn asks for a verdict.
        var report = ask.dryRun() || ask.failOn() != null
                ? planner.plan(imported.topology().toTopology()).validation()
                : null;
        var body = new ImportResponse(
                imported.topology(), report == null ? null : ValidationReportResponse.of(report), imported.report());
        if (ask.dryRun()) {
            return ResponseEntity.status(FailOn.status(ask.failOn(), report)).body(body);
        }
        var etag = "\"" + imported.stored().version() + "\"";
        var failed = report != null && FailOn.status(ask.failOn(), report) != HttpStatus.OK;
        if (ask.cluster() != null) {
            return ResponseEntity.status(failed ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK)
                    .eTag(etag)
                    .body(body);
        }
        var location =
                locations.of("/api/v1/clusters/{cluster}", imported.topology().name());
        return ResponseEntity.status(failed ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.CREATED)
                .location(location)
                .eTag(etag)
                .body(body);
    }

    @GetMapping(path = "/api/v1/clusters/{cluster}/export/eksctl", produces = YAML)
    @Operation(
            operationId = "exportEksctl",
            summary = "Export a stored cluster's network as an eksctl ClusterConfig",
            description =
                    "A ClusterConfig (eksctl.io/v1alpha5) YAML of the cluster's VPC, subnets and node groups, with "
                            + "the cluster's ETag; importing it again gives the same network.")
    ResponseEntity<String> exportEksctl(@PathVariable String cluster) {
        var stored = topology.get(cluster);
        return ResponseEntity.ok().eTag("\"" + stored.version() + "\"").body(new EksctlWriter().write(stored.value()));
    }

    @GetMapping(path = "/api/v1/clusters/{cluster}/export/manifests", produces = YAML)
    @Operation(
            operationId = "exportManifests",
            summary = "Export a stored cluster's workloads, Services, Ingresses and IngressClasses as manifests",
            description =
                    "A multi-document YAML stream of Deployments, Services, Ingresses and IngressClasses, with the "
                            + "cluster's ETag; importing it again gives the same objects.")
    ResponseEntity<String> exportManifests(@PathVariable String cluster) {
        var stored = topology.get(cluster);
        return ResponseEntity.ok()
                .eTag("\"" + stored.version() + "\"")
                .body(new ManifestWriter().write(stored.value()));
    }
}
