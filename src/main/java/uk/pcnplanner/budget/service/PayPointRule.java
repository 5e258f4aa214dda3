package uk.pcnplanner.budget.service;

import static uk.pcnplanner.base.service.EditChecks.require;

import java.math.BigDecimal;
import java.util.SortedSet;
import java.util.stream.Collectors;
import uk.pcnplanner.budget.reference.PayScales;

/** A pay point belongs to a band and means something only when no salary is given. */
final class PayPointRule {

    static final PayScales SCALE = PayScales.shipped();

    private PayPointRule() {}

    static void check(String band, Integer payPoint, BigDecimal annualSalary) {
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
