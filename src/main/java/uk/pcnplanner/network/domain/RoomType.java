package uk.pcnplanner.network.domain;

/** The kinds of room a practice has, in the words practice managers use. */
public enum RoomType {
    CONSULTING("Consulting room"),
    CLINICAL("Clinical room"),
    GROUP("Group room"),
    OFFICE("Office");

    private final String label;

    RoomType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Capacity a room of this type gets when none is stated. */
    public int defaultCapacity() {
        return this == GROUP ? 8 : 2;
    }
}
