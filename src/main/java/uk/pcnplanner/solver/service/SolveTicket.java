package uk.pcnplanner.solver.service;

/**
 * The answer to a solve request.
 *
 * @param accepted false when the request was refused and nothing was started or queued
 * @param queued true when another network is being solved first (one solve at a time on two cores)
 * @param message what to tell the person who asked
 */
public record SolveTicket(long networkId, boolean accepted, boolean queued, String message) {

    /** Not started nor queued: already running here, or being solved on another server. */
    static SolveTicket refused(long networkId, String why) {
        return new SolveTicket(networkId, false, false, why);
    }
}
