package uk.pcnplanner.budget.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;
import uk.pcnplanner.budget.reference.PayScales;
import uk.pcnplanner.roles.domain.Role;

/**
 * A post the budget counts: a filled post (an ARRS-funded member of staff, whose Staff ID is the
 * post ID) or a planned one. A salary given wins over the band; a null pay point means the band's
 * entry point; null dates are open. {@code version} is the stored record's, for edits made from
 * the budget page.
 */
public record BudgetPost(
        String postId,
        String label,
        Role role,
        BigDecimal wte,
        String band,
        Integer payPoint,
        BigDecimal annualSalary,
        LocalDate startDate,
        LocalDate endDate,
        boolean filled,
        int version) {

    /** The pay point the salary is read at when no salary is given. */
    public int payPointOrEntry() {
        return payPoint == null ? PayScales.ENTRY_POINT : payPoint;
    }

    /** "Band 5, point 2", "Band 5, point 1 (entry)", or "Salary given". */
    public String payBasis() {
        if (annualSalary != null) {
            return "Salary given";
        }
        if (band == null || band.isBlank()) {
            return "No band or salary";
        }
        return "Band " + band + ", point " + payPointOrEntry() + (payPoint == null ? " (entry)" : "");
    }
}
