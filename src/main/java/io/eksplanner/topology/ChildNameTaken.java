package io.eksplanner.topology;

import io.eksplanner.common.NameTaken;

/** The cluster already has a child of that kind and key. */
class ChildNameTaken extends NameTaken {

    ChildNameTaken(String cluster, ChildCollection<?> collection, ChildKey key) {
        super("cluster \"" + cluster + "\" already has a " + collection.kind() + " \"" + key + "\"; PUT replaces it");
    }
}
