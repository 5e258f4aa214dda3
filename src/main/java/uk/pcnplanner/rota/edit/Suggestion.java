package uk.pcnplanner.rota.edit;

/**
 * One of the best placements for an item, ranked by what it does to the plan's score.
 *
 * @param description e.g. "Sam Taylor, Tue 2 Feb PM, Room 3: no conflicts, keeps continuity"
 * @param allowed false when it would break a hard rule, so it cannot be applied
 * @param edit the change that applies it
 */
public record Suggestion(String description, boolean allowed, PlanEdit edit) {}
