package uk.pcnplanner.budget.forecast;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the role catalogue's cap rules that limit headcount, such as "1 per PCN" or "1 per PCN,
 * 2 where the PCN list size is 100,000 or more". Other rules ("No cap from 2023/24", a GP's
 * eligibility) set no number.
 */
final class CapRule {

    private static final Pattern PER_PCN = Pattern.compile("^(\\d+) per PCN");
    private static final Pattern LARGER = Pattern.compile("(\\d+) where the PCN list size is ([\\d,]+) or more");

    private CapRule() {}

    static OptionalInt limit(String rule, long listSize) {
        if (rule == null) {
            return OptionalInt.empty();
        }
        Matcher base = PER_PCN.matcher(rule.trim());
        if (!base.find()) {
            return OptionalInt.empty();
        }
        Matcher larger = LARGER.matcher(rule);
        if (larger.find() && listSize >= Long.parseLong(larger.group(2).replace(",", ""))) {
            return OptionalInt.of(Integer.parseInt(larger.group(1)));
        }
        return OptionalInt.of(Integer.parseInt(base.group(1)));
    }
}
