package io.eksplanner.planning.web;

import io.eksplanner.validation.Severity;
import io.eksplanner.validation.ValidationReport;
import java.util.Locale;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The severity from which a validation answers 422 rather than 200, so that a CI pipeline fails. Public: the import
 * endpoint of {@code importing.web} takes it too.
 */
public enum FailOn {
    /** Fail when there is an ERROR. */
    ERROR(Severity.ERROR),
    /** Fail when there is an ERROR or a WARNING. */
    WARNING(Severity.WARNING);

    private final Severity severity;

    FailOn(Severity severity) {
        this.severity = severity;
    }

    /** The severity from which the answer is 422. */
    public Severity severity() {
        return severity;
    }

    /** 422 when {@code failOn} is given and the report has a finding of that severity or worse, else 200. */
    public static HttpStatus status(FailOn failOn, ValidationReport report) {
        return failOn != null && report.reaches(failOn.severity) ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK;
    }

    /** Reads {@code failOn=error|warning} in any case. */
    @Component
    static class FromParameter implements Converter<String, FailOn> {

        @Override
        public FailOn convert(String source) {
            return FailOn.valueOf(source.trim().toUpperCase(Locale.ROOT));
        }
    }
}
