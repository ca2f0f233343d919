package io.eksplanner.topology;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Copies user lists into mutable entity collections and back, reading null as empty. */
final class Lists {

    private Lists() {}

    static <T> List<T> copyOf(List<T> source) {
        return source == null ? new ArrayList<>() : new ArrayList<>(source);
    }

    static <S, T> List<T> map(List<S> source, Function<? super S, ? extends T> mapper) {
        var target = new ArrayList<T>();
        if (source != null) {
            source.forEach(item -> target.add(mapper.apply(item)));
        }
        return target;
    }

    static <T> void replace(List<T> target, List<T> source) {
        target.clear();
        target.addAll(source);
    }
}
