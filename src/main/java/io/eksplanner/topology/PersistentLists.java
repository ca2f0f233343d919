package io.eksplanner.topology;

import java.util.List;

/** Replaces a mapped collection's contents in place, so that Hibernate keeps tracking the collection it loaded. */
final class PersistentLists {

    private PersistentLists() {}

    static <T> void replace(List<T> target, List<? extends T> source) {
        target.clear();
        target.addAll(source);
    }
}
