package uk.pcnplanner.solver.service;

/**
 * The answer to a solve request.
 *
 * @param queued true when another network is being solved first (one solve at a time on two cores)
 * @param message what to tell the person who asked
 */
public record SolveTicket(long networkId, boolean queued, String message) {}
