package uk.pcnplanner.budget.forecast;

/** Something the clinical director should act on, in words they can act on. */
public record BudgetWarning(Kind kind, String message) {

    public enum Kind {
        /** Claims will pass the allocation: the excess is not topped up. */
        OVERSPEND,
        /** Claims stay below the allocation: the rest is lost at the end of March. */
        UNDERSPEND,
        /** A role has no maximum amount, so its posts' claims are not in the totals. */
        INCOMPLETE,
        /** A post has neither a band nor a salary, so it could not be costed. */
        NO_SALARY,
        ESTIMATE,
        CAP,
        NATIONAL_FALLBACK,
        CARRIED_FORWARD
    }

    /** The one warning the overview leads with: the money that will be lost or not paid. */
    public boolean headline() {
        return kind == Kind.OVERSPEND || kind == Kind.UNDERSPEND;
    }
}
