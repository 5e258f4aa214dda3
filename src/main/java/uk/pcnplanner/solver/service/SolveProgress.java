package uk.pcnplanner.solver.service;

import java.time.Duration;

/**
 * What a listener hears about a running solve: each new best plan, and the end.
 *
 * @param finished true once the solve has ended and its best plan is saved as a draft
 */
public record SolveProgress(long networkId, String score, long unassigned, Duration elapsed, boolean finished) {}
