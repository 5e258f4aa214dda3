package uk.pcnplanner.budget.forecast;

import java.math.BigDecimal;
import uk.pcnplanner.roles.domain.AmountStatus;
import uk.pcnplanner.roles.domain.Role;

/**
 * A role's posts over the year. {@code claimable} is null when the role has no maximum amount;
 * {@code status} is the least certain amount its posts used.
 */
public record RoleTotal(Role role, int posts, BigDecimal wte, BigDecimal cost, BigDecimal claimable, AmountStatus status) {

    public boolean claimKnown() {
        return claimable != null;
    }
}
