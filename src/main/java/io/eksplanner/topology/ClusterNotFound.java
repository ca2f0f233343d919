package io.eksplanner.topology;

import io.eksplanner.common.ResourceNotFound;

/** No cluster has the requested name. */
class ClusterNotFound extends ResourceNotFound {

    ClusterNotFound(String name) {
        super("cluster \"" + name + "\" does not exist");
    }
}
