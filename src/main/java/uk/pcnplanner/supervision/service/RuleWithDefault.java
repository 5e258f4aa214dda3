package uk.pcnplanner.supervision.service;

import uk.pcnplanner.supervision.SupervisionDefaults.DefaultRule;
import uk.pcnplanner.supervision.domain.SupervisionKind;
import uk.pcnplanner.supervision.domain.SupervisionRule;

/**
 * A rule as the rules page shows it, beside the portal's default for the same role and kind.
 *
 * @param fallback null when the defaults have no rule for this role and kind
 */
public record RuleWithDefault(SupervisionRule rule, DefaultRule fallback) {

    public boolean isDefault() {
        return fallback != null && fallback.minutes() == rule.getMinutes()
                && fallback.everyWeeks() == rule.getEveryWeeks()
                && (rule.getKind() != SupervisionKind.GROUP
                        || Integer.valueOf(SupervisionRule.DEFAULT_GROUP_SIZE).equals(rule.getGroupSize()));
    }

    /** "60 min every 4 weeks", or "No default" for a rule only the workbook set. */
    public String defaultText() {
        return fallback == null ? "No default" : fallback.minutes() + " min every " + weeks(fallback.everyWeeks());
    }

    public static String weeks(int weeks) {
        return weeks == 1 ? "week" : weeks + " weeks";
    }
}
