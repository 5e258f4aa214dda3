package uk.pcnplanner.staff.domain;

/** Who pays for a post: only ARRS-funded posts count against the network's allocation. */
public enum Funding {
    ARRS,
    PRACTICE,
    OTHER
}
