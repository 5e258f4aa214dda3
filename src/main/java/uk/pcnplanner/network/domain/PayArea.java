package uk.pcnplanner.network.domain;

/** Which set of maximum reimbursable amounts applies to the network's posts. */
public enum PayArea {
    NATIONAL("National"),
    OUTER_LONDON("Outer London"),
    INNER_LONDON("Inner London");

    private final String label;

    PayArea(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
