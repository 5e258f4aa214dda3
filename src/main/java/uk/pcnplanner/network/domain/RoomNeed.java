package uk.pcnplanner.network.domain;

/** The kind of room a person's sessions need, and which rooms satisfy it (the contract's rules). */
public enum RoomNeed {
    CONSULTING,
    CLINICAL,
    GROUP,
    OFFICE,
    NONE;

    public boolean fits(RoomType room) {
        return switch (this) {
            case CONSULTING -> room == RoomType.CONSULTING || room == RoomType.CLINICAL;
            case CLINICAL -> room == RoomType.CLINICAL;
            case OFFICE -> room == RoomType.OFFICE || room == RoomType.CONSULTING || room == RoomType.CLINICAL;
            case GROUP -> room == RoomType.GROUP;
            case NONE -> false;
        };
    }

    public boolean needsRoom() {
        return this != NONE;
    }
}
