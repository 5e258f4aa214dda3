package uk.pcnplanner.solver.domain;

/**
 * A room taken up by one placed item, with what the item asks of it.
 *
 * @param suitable whether the room's type and capacity suit the item
 * @param accessibleNeeded whether someone in the item needs an accessible room
 */
public record RoomUse(PlanRoom room, Period period, long itemId, boolean suitable, boolean accessibleNeeded) {

    public int start() {
        return period.start();
    }

    public int end() {
        return period.end();
    }
}
