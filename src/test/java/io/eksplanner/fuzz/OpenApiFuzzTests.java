package io.eksplanner.fuzz;

/** The OpenAPI fuzz battery on the embedded H2 database. */
class OpenApiFuzzTests extends OpenApiFuzzContract {

    @Override
    String database() {
        return "H2";
    }
}
