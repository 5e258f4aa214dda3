package uk.pcnplanner.budget.service;

import static uk.pcnplanner.base.service.EditChecks.require;

import java.math.BigDecimal;
import java.util.SortedSet;
import java.util.stream.Collectors;
import uk.pcnplanner.budget.reference.PayScales;
import uk.pcnplanner.staff.domain.Bands;

/**
 * What every post the budget costs must say about its size and pay, wherever it is edited: a WTE
 * the workbook accepts, a band or a salary, and a pay point only within the band and without a salary.
 */
final class PostPayRules {

    static final PayScales SCALE = PayScales.shipped();

    private PostPayRules() {}

    /** {@code band} already trimmed and lower case, or null. */
    static void check(BigDecimal wte, String band, Integer payPoint, BigDecimal annualSalary) {
        require(wte != null && wte.signum() > 0 && wte.compareTo(BigDecimal.ONE) <= 0,
                "WTE", "must be > 0 and ≤ 1, got " + (wte == null ? "nothing" : wte.toPlainString()));
        require(band == null || Bands.ALL.contains(band), "Band",
                "choose an Agenda for Change band: " + String.join(", ", Bands.ALL));
        require(annualSalary == null || annualSalary.signum() > 0, "Annual salary", "enter a salary above £0");
        require(band != null || annualSalary != null, "Band", "enter a band or an annual salary");
        payPoint(band, payPoint, annualSalary);
    }

    static void payPoint(String band, Integer payPoint, BigDecimal annualSalary) {
        if (payPoint == null) {
            return;
        }
        require(band != null && !band.isBlank(), "Pay point", "choose a band first: a pay point is a step within a band");
        require(annualSalary == null, "Pay point", "leave it empty when an annual salary is given: the salary is used");
        SortedSet<Integer> points = SCALE.points(band);
        require(points.contains(payPoint), "Pay point", "band " + band + " has pay point"
                + (points.size() == 1 ? " " : "s ") + points.stream().map(String::valueOf).collect(Collectors.joining(", "))
                + ", got " + payPoint);
    }
}
