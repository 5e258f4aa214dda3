package uk.pcnplanner.roles.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import uk.pcnplanner.network.domain.PayArea;
import uk.pcnplanner.roles.domain.AmountStatus;
import uk.pcnplanner.roles.domain.Role;

/**
 * A role's maximum reimbursable amount per WTE in force on a day for a pay area. When the role
 * has no amount for a London pay area, the national amount applies and {@code nationalFallback}
 * says so.
 */
public record AmountInForce(
        Role role,
        PayArea payArea,
        BigDecimal amount,
        AmountStatus status,
        LocalDate effectiveFrom,
        String source,
        boolean nationalFallback) {

    public boolean isKnown() {
        return amount != null;
    }
}
