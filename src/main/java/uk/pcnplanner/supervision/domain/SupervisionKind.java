package uk.pcnplanner.supervision.domain;

/** The kinds of supervision a role's rules ask for. */
public enum SupervisionKind {
    ONE_TO_ONE("One-to-one supervision"),
    DEBRIEF("Debrief"),
    GROUP("Group supervision");

    private final String label;

    SupervisionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
