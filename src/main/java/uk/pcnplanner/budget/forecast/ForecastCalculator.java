package uk.pcnplanner.budget.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.pcnplanner.budget.model.CostModel;
import uk.pcnplanner.budget.model.OnCostRates;
import uk.pcnplanner.budget.model.PostMonth;
import uk.pcnplanner.budget.reference.Figure;
import uk.pcnplanner.roles.service.AmountInForce;
import uk.pcnplanner.roles.service.RoleAmounts;

/** The contract's budget rules over a year: one row per post per month in post, then the totals. */
public final class ForecastCalculator {

    private ForecastCalculator() {}

    public static Forecast forecast(BudgetInputs in) {
        OnCostRates rates = new OnCostRates(in.ni().rate().value(), in.ni().threshold().value(), in.pensionRate());
        List<ForecastRow> rows = new ArrayList<>();
        List<PostTotal> posts = new ArrayList<>();
        List<BudgetPost> unpriced = new ArrayList<>();
        for (BudgetPost post : in.posts()) {
            Optional<Figure> salary = PostSalary.of(post, in.pay(), in.year());
            if (salary.isEmpty()) {
                unpriced.add(post);
                continue;
            }
            List<ForecastRow> postRows = rows(post, salary.get(), rates, in);
            if (!postRows.isEmpty()) {
                rows.addAll(postRows);
                posts.add(ForecastTotals.post(post, salary.get(), postRows));
            }
        }
        BigDecimal allocation = in.rate().value().multiply(in.weightedPopulation()).setScale(2, RoundingMode.HALF_UP);
        List<MonthTotal> months = ForecastTotals.months(in.year(), rows);
        // The warnings read the totals, so they are added to the finished figures.
        Forecast figures = new Forecast(in.year(), in.weightedPopulation(), in.rate(), in.ni(), in.pensionRate(), allocation,
                List.copyOf(rows), months, ForecastTotals.roles(rows), List.copyOf(posts), List.of());
        return figures.withWarnings(BudgetWarnings.of(figures, in, unpriced));
    }

    private static List<ForecastRow> rows(BudgetPost post, Figure salary, OnCostRates rates, BudgetInputs in) {
        List<ForecastRow> rows = new ArrayList<>();
        for (YearMonth month : in.year().months()) {
            PostMonth part = PostMonth.of(month, post.startDate(), post.endDate());
            if (part.inPost()) {
                AmountInForce amount = amountInForce(post, month, in);
                rows.add(new ForecastRow(post,
                        CostModel.month(part, salary.value(), post.wte(), rates, amount.amount()), amount));
            }
        }
        return rows;
    }

    /**
     * "In force that month" is read as in force on the 1st: a dated version applies from the
     * month it takes effect when it starts on the 1st, as every published change has (1 October
     * 2024; 1 April, backdated, in 2025), and from the next month when it starts later.
     */
    static AmountInForce amountInForce(BudgetPost post, YearMonth month, BudgetInputs in) {
        return RoleAmounts.inForce(post.role(), in.amounts().getOrDefault(post.role().getCode(), List.of()),
                in.payArea(), month.atDay(1));
    }
}
