/**
 * Every plan endpoint — validation, IP plan, load balancers and the combined plan — for a stored cluster or a posted
 * document, and the response records they answer with.
 */
package io.eksplanner.planning.web;
