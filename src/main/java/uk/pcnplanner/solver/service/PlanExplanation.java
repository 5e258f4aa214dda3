package uk.pcnplanner.solver.service;

import java.util.List;
import java.util.Map;

/**
 * Where and why a plan breaks its rules, for the score view and the workbook's Score sheet.
 *
 * @param rules one line per rule that matched, hard first
 * @param byItem for each item key, the rules it breaks in words
 */
public record PlanExplanation(String score, List<RuleScore> rules, Map<String, List<String>> byItem) {

    /** @param impact the score this rule costs, e.g. {@code -3medium} */
    public record RuleScore(String level, String rule, int weight, int matches, String impact) {}
}
