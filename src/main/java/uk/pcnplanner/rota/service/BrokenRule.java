package uk.pcnplanner.rota.service;

import java.util.List;

/**
 * A rule the plan breaks, as the Understand panel lists it.
 *
 * @param impact what the rule costs the score, e.g. {@code -3medium}
 * @param items the items involved that the draft holds
 */
public record BrokenRule(String level, String rule, int matches, String impact, List<RotaItem> items) {}
