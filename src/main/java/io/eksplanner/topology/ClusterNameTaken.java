package io.eksplanner.topology;

import io.eksplanner.common.NameTaken;

/** A cluster of that name already exists. */
class ClusterNameTaken extends NameTaken {

    ClusterNameTaken(String name) {
        super("a cluster named \"" + name + "\" already exists; PUT /api/v1/clusters/" + name + " replaces it");
    }
}
