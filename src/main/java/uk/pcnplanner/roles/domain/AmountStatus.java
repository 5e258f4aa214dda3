package uk.pcnplanner.roles.domain;

/** How far a maximum reimbursable amount can be trusted. */
public enum AmountStatus {
    /** A published figure. */
    CONFIRMED,
    /** Derived from the same band basis as a confirmed role; not published for this role. */
    ESTIMATE,
    /** No figure found: the clinical director must enter one before budgets rely on it. */
    UNKNOWN
}
