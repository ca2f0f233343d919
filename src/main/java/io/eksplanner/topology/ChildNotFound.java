package io.eksplanner.topology;

import io.eksplanner.common.ResourceNotFound;

/** The cluster exists but has no child of the requested kind and key. */
class ChildNotFound extends ResourceNotFound {

    ChildNotFound(String cluster, ChildCollection<?> collection, ChildKey key) {
        super("cluster \"" + cluster + "\" has no " + collection.kind() + " \"" + key + "\"");
    }
}
