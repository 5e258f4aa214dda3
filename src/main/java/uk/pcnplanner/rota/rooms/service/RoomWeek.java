package uk.pcnplanner.rota.rooms.service;

import java.time.LocalDate;
import java.util.List;
import uk.pcnplanner.network.domain.Room;
import uk.pcnplanner.rota.domain.Activity;

/**
 * One practice's rooms for one week: who is in each room each session, which sessions the practice
 * keeps back (GP use), how full each room is, and what could not get a room there.
 *
 * @param source which plan this is, e.g. "Published on 1 Feb 2027 09:30 by director"
 * @param rooms in the order the practice lists them
 */
public record RoomWeek(String practice, String source, LocalDate monday, List<RoomRow> rooms, Use use,
        List<Gap> gaps) {

    /** The weekday sessions, Mon AM to Fri PM, in grid order. */
    public static final int SESSIONS = 10;

    /**
     * @param room the stored room, to edit its unavailable sessions
     * @param cells one per weekday session, Mon AM first
     */
    public record RoomRow(Room room, List<Cell> cells, Use use) {}

    /**
     * @param occupants who is in the room, e.g. "Amy Link" or "Amy Link – debrief 12:30"; empty when free
     * @param unavailable the practice keeps the room back that session (usually for a GP)
     * @param closed the practice is closed that session
     */
    public record Cell(List<String> occupants, boolean unavailable, boolean closed) {

        /** What the cell says, so the shading is never the only sign (a booking in a now-unavailable room too). */
        public String text() {
            String who = String.join("; ", occupants);
            if (unavailable) {
                return who.isEmpty() ? "GP / practice use" : "GP / practice use from the next solve; now: " + who;
            }
            return closed ? "Closed" : who;
        }
    }

    /**
     * @param used sessions with someone in the room
     * @param available open sessions the room is not kept back
     */
    public record Use(int used, int available) {

        /** "6 of 8 sessions (75%)". */
        public String describe() {
            return used + " of " + available + " sessions" + (available == 0 ? "" : " (" + Math.round(100.0 * used
                    / available) + "%)");
        }
    }

    /** A session that could not get a room, with the reason the plan gives. */
    public record Gap(Activity activity, String who, String reason) {}
}
