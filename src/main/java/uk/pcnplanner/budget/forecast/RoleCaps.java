package uk.pcnplanner.budget.forecast;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import uk.pcnplanner.roles.domain.Role;

/** Roles whose cap (posts per network) the plan exceeds in some month. */
final class RoleCaps {

    private RoleCaps() {}

    static List<BudgetWarning> warnings(Forecast forecast, long listSize) {
        List<BudgetWarning> warnings = new ArrayList<>();
        for (RoleTotal total : forecast.roles()) {
            Role role = total.role();
            OptionalInt limit = CapRule.limit(role.getCapRule(), listSize);
            if (limit.isEmpty()) {
                continue;
            }
            for (YearMonth month : forecast.year().months()) {
                long posts = forecast.rows().stream()
                        .filter(r -> r.post().role().equals(role) && r.cost().month().month().equals(month))
                        .count();
                if (posts > limit.getAsInt()) {
                    warnings.add(new BudgetWarning(BudgetWarning.Kind.CAP, role.getName() + ": " + posts + " posts in "
                            + month.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + month.getYear()
                            + ", above the cap of " + limit.getAsInt() + " (" + role.getCapRule() + ")."));
                    break;
                }
            }
        }
        return warnings;
    }
}
