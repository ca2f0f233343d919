package io.eksplanner.cli;

import io.eksplanner.topology.spec.TopologyDocument;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks a composed document against the topology API's well-formedness rules (src/docs/domain-rules.md §1), as the
 * import endpoint does before it plans. Bean Validation's bootstrap is slow, so it starts on another thread when the
 * run starts and is ready by the time the files are read; messages are interpolated without an expression language.
 */
final class WellFormedness {

    private final CompletableFuture<Validator> validator =
            CompletableFuture.supplyAsync(() -> Validation.byDefaultProvider()
                    .configure()
                    .messageInterpolator(new ParameterMessageInterpolator())
                    .buildValidatorFactory()
                    .getValidator());

    /** Refuses {@code document} with each ill-formed field at its place in the files. */
    void check(TopologyDocument document, SourceMap sources) {
        var violations = validator.join().validate(document);
        if (violations.isEmpty()) {
            return;
        }
        List<String> problems = violations.stream()
                .sorted(Comparator.comparing(
                        violation -> violation.getPropertyPath().toString()))
                .map(violation -> problem(violation, sources))
                .toList();
        throw new InputRejected(problems);
    }

    private static String problem(ConstraintViolation<TopologyDocument> violation, SourceMap sources) {
        String path = violation.getPropertyPath().toString();
        return sources.locate(path).display() + ": " + path + ": " + violation.getMessage();
    }
}
