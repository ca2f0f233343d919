/** Cluster and child-collection CRUD over HTTP: controllers, page records and their OpenAPI examples. */
package io.eksplanner.topology.web;
