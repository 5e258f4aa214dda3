package uk.pcnplanner.roles.service;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.pcnplanner.network.domain.PayArea;
import uk.pcnplanner.roles.domain.AmountStatus;
import uk.pcnplanner.roles.domain.Role;
import uk.pcnplanner.roles.domain.RoleAmount;

/** Picks the amount in force from a role's dated history: latest effective date, then latest record. */
public final class RoleAmounts {

    private static final Comparator<RoleAmount> NEWEST_FIRST = Comparator.comparing(RoleAmount::getEffectiveFrom)
            .thenComparing(RoleAmount::getRecordedAt)
            .thenComparing(RoleAmount::getId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .reversed();

    private RoleAmounts() {}

    public static AmountInForce inForce(Role role, List<RoleAmount> history, PayArea area, LocalDate day) {
        Optional<RoleAmount> local = latest(history, area, day);
        if (area != PayArea.NATIONAL && local.map(a -> a.getAmount() != null).orElse(false)) {
            return of(role, area, local.get(), false);
        }
        Optional<RoleAmount> national = latest(history, PayArea.NATIONAL, day);
        return national.map(a -> of(role, area, a, area != PayArea.NATIONAL))
                .orElseGet(() -> new AmountInForce(role, area, null, AmountStatus.UNKNOWN, null, null, false));
    }

    /** The latest recorded amount for exactly this pay area in force on the day. */
    public static Optional<RoleAmount> latest(List<RoleAmount> history, PayArea area, LocalDate day) {
        return history.stream()
                .filter(a -> a.getPayArea() == area && !a.getEffectiveFrom().isAfter(day))
                .min(NEWEST_FIRST);
    }

    private static AmountInForce of(Role role, PayArea area, RoleAmount a, boolean fallback) {
        return new AmountInForce(role, area, a.getAmount(), a.getStatus(), a.getEffectiveFrom(), a.getSource(), fallback);
    }
}
