package io.eksplanner.cli;

import java.util.List;

/** Input the planner cannot read, each problem already written as {@code file:line:column: message}. Exit code 2. */
final class InputRejected extends RuntimeException {

    private final List<String> problems;

    InputRejected(List<String> problems) {
        super(problems.isEmpty() ? "ill-formed input" : problems.get(0));
        this.problems = List.copyOf(problems);
    }

    InputRejected(String problem) {
        this(List.of(problem));
    }

    List<String> problems() {
        return problems;
    }
}
