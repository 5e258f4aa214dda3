package uk.pcnplanner.budget.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import uk.pcnplanner.roles.domain.Role;

/**
 * Roles whose cap the plan exceeds. ARRS reimburses per whole-time equivalent, so a cap of "1 per
 * PCN" is read as 1 WTE in post at once: two 0.5 WTE leads fit, a leaver and their successor in
 * the same month do not add up, and the warning names the role, the month and the excess.
 */
final class RoleCaps {

    private RoleCaps() {}

    static List<BudgetWarning> warnings(Forecast forecast, List<BudgetPost> posts, long listSize) {
        List<BudgetWarning> warnings = new ArrayList<>();
        for (RoleTotal total : forecast.roles()) {
            Role role = total.role();
            OptionalInt limit = CapRule.limit(role.getCapRule(), listSize);
            if (limit.isPresent()) {
                List<BudgetPost> ofRole = posts.stream().filter(p -> p.role().equals(role)).toList();
                excess(forecast.year(), ofRole, BigDecimal.valueOf(limit.getAsInt()))
                        .map(e -> warning(role, e, limit.getAsInt())).ifPresent(warnings::add);
            }
        }
        return warnings;
    }

    private record Excess(YearMonth month, BigDecimal wte, BigDecimal over) {}

    /** The first month with a day on which the role's posts hold more WTE than the cap, at that month's peak. */
    private static Optional<Excess> excess(FinancialYear year, List<BudgetPost> posts, BigDecimal cap) {
        for (YearMonth month : year.months()) {
            BigDecimal peak = BigDecimal.ZERO;
            for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
                peak = peak.max(inPost(posts, day));
            }
            if (peak.compareTo(cap) > 0) {
                return Optional.of(new Excess(month, peak, peak.subtract(cap)));
            }
        }
        return Optional.empty();
    }

    private static BigDecimal inPost(List<BudgetPost> posts, LocalDate day) {
        return posts.stream()
                .filter(p -> (p.startDate() == null || !day.isBefore(p.startDate()))
                        && (p.endDate() == null || !day.isAfter(p.endDate())))
                .map(BudgetPost::wte).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BudgetWarning warning(Role role, Excess e, int cap) {
        return new BudgetWarning(BudgetWarning.Kind.CAP, role.getName() + ": " + wte(e.wte()) + " WTE in post in "
                + e.month().getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + e.month().getYear() + ", "
                + wte(e.over()) + " WTE above the cap of " + cap + " WTE (" + role.getCapRule() + ").");
    }

    private static String wte(BigDecimal wte) {
        return wte.stripTrailingZeros().toPlainString();
    }
}
