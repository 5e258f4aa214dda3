package uk.pcnplanner.budget.domain;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A post as a scenario has it: a copy of a filled or planned post, or one added in the
 * scenario. A copy, so changing the scenario never changes the staff records or the plan. A null
 * pay point means the band's entry point.
 */
@Embeddable
public record ScenarioPost(
        String postCode,
        String label,
        String roleCode,
        BigDecimal wte,
        String band,
        Integer payPoint,
        BigDecimal annualSalary,
        LocalDate startDate,
        LocalDate endDate,
        boolean filled) {

    /** For the audit trail: what a person would read in the posts table. */
    public String describe() {
        return postCode + " " + roleCode + " " + wte.stripTrailingZeros().toPlainString() + " WTE"
                + (band == null ? "" : ", band " + band)
                + (payPoint == null ? "" : " point " + payPoint)
                + (annualSalary == null ? "" : ", £" + annualSalary.toPlainString())
                + (startDate == null ? "" : ", from " + startDate)
                + (endDate == null ? "" : " to " + endDate);
    }
}
