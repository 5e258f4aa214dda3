package uk.pcnplanner.budget.forecast;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.pcnplanner.budget.reference.Figure;
import uk.pcnplanner.roles.domain.AmountStatus;
import uk.pcnplanner.roles.domain.Role;

/** Totals by month, role and post. Each adds rounded rows, as the contract says. */
final class ForecastTotals {

    private ForecastTotals() {}

    static List<MonthTotal> months(FinancialYear year, List<ForecastRow> rows) {
        List<MonthTotal> months = new ArrayList<>();
        BigDecimal cumulative = BigDecimal.ZERO;
        for (YearMonth month : year.months()) {
            List<ForecastRow> inMonth = rows.stream().filter(r -> r.cost().month().month().equals(month)).toList();
            BigDecimal claimable = claimable(inMonth);
            cumulative = cumulative.add(claimable);
            months.add(new MonthTotal(month, cost(inMonth), claimable, cumulative));
        }
        return months;
    }

    static List<RoleTotal> roles(List<ForecastRow> rows) {
        Map<Role, List<ForecastRow>> byRole = rows.stream()
                .collect(Collectors.groupingBy(r -> r.post().role(), LinkedHashMap::new, Collectors.toList()));
        return byRole.entrySet().stream()
                .map(e -> role(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing((RoleTotal t) -> t.role().getName()))
                .toList();
    }

    static PostTotal post(BudgetPost post, Figure salary, List<ForecastRow> rows) {
        boolean fallback = rows.stream().anyMatch(r -> r.amount().nationalFallback());
        return new PostTotal(post, salary, cost(rows), known(rows) ? claimable(rows) : null, status(rows), fallback);
    }

    private static RoleTotal role(Role role, List<ForecastRow> rows) {
        Map<String, BudgetPost> posts = rows.stream()
                .collect(Collectors.toMap(r -> r.post().postId(), ForecastRow::post, (a, b) -> a, LinkedHashMap::new));
        BigDecimal wte = posts.values().stream().map(BudgetPost::wte).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new RoleTotal(role, posts.size(), wte, cost(rows), known(rows) ? claimable(rows) : null, status(rows));
    }

    /** The least certain status any of the rows used: one unknown month makes the whole unknown. */
    private static AmountStatus status(List<ForecastRow> rows) {
        return rows.stream().map(r -> r.amount().status()).max(Comparator.naturalOrder()).orElse(AmountStatus.UNKNOWN);
    }

    private static boolean known(List<ForecastRow> rows) {
        return rows.stream().allMatch(ForecastRow::claimKnown);
    }

    private static BigDecimal cost(List<ForecastRow> rows) {
        return sum(rows, r -> r.cost().cost());
    }

    private static BigDecimal claimable(List<ForecastRow> rows) {
        return sum(rows.stream().filter(ForecastRow::claimKnown).toList(), r -> r.cost().claimable());
    }

    private static BigDecimal sum(List<ForecastRow> rows, Function<ForecastRow, BigDecimal> amount) {
        return rows.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
