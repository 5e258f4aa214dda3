package uk.pcnplanner.budget.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;
import uk.pcnplanner.roles.domain.Role;

/**
 * A post the budget counts: a filled post (an ARRS-funded member of staff, whose Staff ID is the
 * post ID) or a planned one. A null salary means the band's entry pay point; null dates are open.
 */
public record BudgetPost(
        String postId,
        String label,
        Role role,
        BigDecimal wte,
        String band,
        BigDecimal annualSalary,
        LocalDate startDate,
        LocalDate endDate,
        boolean filled) {}
