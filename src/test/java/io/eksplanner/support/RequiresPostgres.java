package io.eksplanner.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks a test class that needs the test PostgreSQL of {@link PostgresTestDatabase}. Without one it is skipped,
 * except under {@code CI=true}, where it runs and fails, since a skipped database test is not a passed one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresPostgres.Condition.class)
public @interface RequiresPostgres {

    /** Decides before the Spring context loads, so that a skip is reported as a skip. */
    class Condition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (PostgresTestDatabase.available() || PostgresTestDatabase.requiredByCi()) {
                return ConditionEvaluationResult.enabled("a test PostgreSQL is configured, or CI requires one");
            }
            return ConditionEvaluationResult.disabled(PostgresTestDatabase.MISSING);
        }
    }
}
