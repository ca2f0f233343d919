package io.eksplanner.common.web;

import io.swagger.v3.oas.annotations.Hidden;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The page that explains each problem type (RFC 9457 §3.1.1: a type URI should resolve to documentation): every
 * type URI, {@code /problems/{type}} resolved against the service's own URL, is served by the service itself, with
 * the type's status, title, what it means and an example detail. Open to anyone (AccessRules); not part of the API contract.
 */
@Hidden
@RestController
class ProblemTypePages {

    @GetMapping(path = "/problems", produces = MediaType.TEXT_HTML_VALUE)
    String index() {
        var rows = Arrays.stream(ProblemType.values())
                .map(type -> "<li><a href=\"/problems/" + type.slug() + "\">" + type.slug() + "</a> — "
                        + type.status().value() + " " + HtmlUtils.htmlEscape(type.title()) + "</li>")
                .collect(Collectors.joining("\n"));
        return page(
                "Problem types",
                "<p>Every error of the API is an RFC 9457 problem (application/problem+json)"
                        + " whose <code>type</code> is one of these URIs.</p>\n<ul>\n" + rows + "\n</ul>");
    }

    @GetMapping(path = "/problems/{type}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> explain(@PathVariable String type) {
        return Arrays.stream(ProblemType.values())
                .filter(candidate -> candidate.slug().equals(type))
                .findFirst()
                .map(problem -> ResponseEntity.ok(page(
                        problem.title(),
                        "<p><code>" + problem.slug() + "</code> · HTTP "
                                + problem.status().value() + "</p>\n<p>"
                                + HtmlUtils.htmlEscape(ProblemExamples.meaning(problem)) + "</p>\n"
                                + "<p>For example: <q>" + HtmlUtils.htmlEscape(ProblemExamples.detail(problem))
                                + "</q></p>\n<p><a href=\"/problems\">All problem types</a></p>")))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(page(
                                "Unknown problem type",
                                "<p>No problem type of that name; <a href=\"/problems\">all problem types</a>.</p>")));
    }

    private static String page(String title, String body) {
        return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                + HtmlUtils.htmlEscape(title) + " — EKS Network Planner</title></head>\n<body><h1>"
                + HtmlUtils.htmlEscape(title) + "</h1>\n" + body + "\n</body></html>\n";
    }
}
