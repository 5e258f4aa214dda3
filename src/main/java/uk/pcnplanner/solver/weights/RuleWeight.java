package uk.pcnplanner.solver.weights;

/**
 * A rule as the weights screen shows it.
 *
 * @param level HARD, MEDIUM or SOFT; fixed by the rule
 * @param weight the current weight; 0 means switched off (soft rules only)
 */
public record RuleWeight(String name, String level, int weight, int defaultWeight) {}
