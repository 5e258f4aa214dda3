package uk.pcnplanner.rota.rooms.service;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import uk.pcnplanner.network.domain.Practice;
import uk.pcnplanner.network.domain.Room;
import uk.pcnplanner.rota.domain.Activity;
import uk.pcnplanner.rota.export.RotaPlan;
import uk.pcnplanner.rota.export.RotaPlan.Assignment;
import uk.pcnplanner.rota.rooms.service.RoomWeek.Cell;
import uk.pcnplanner.rota.rooms.service.RoomWeek.Gap;
import uk.pcnplanner.rota.rooms.service.RoomWeek.RoomRow;
import uk.pcnplanner.rota.rooms.service.RoomWeek.Use;
import uk.pcnplanner.time.Half;

/**
 * Lays a plan's week over a practice's rooms. A room's unavailable sessions come from the room as it is
 * now, not from the plan, so a practice manager's change shows at once (it reaches the plan at the next solve).
 */
final class RoomWeeks {

    private RoomWeeks() {}

    /** @param plan null when there is none yet: the rooms are then shown empty */
    static RoomWeek of(Practice practice, List<Room> rooms, RotaPlan plan, LocalDate monday, String source) {
        List<Assignment> here = plan == null ? List.of() : plan.assignments().stream()
                .filter(a -> practice.getCode().equals(a.practiceCode()) && a.room() != null
                        && !a.date().isBefore(monday) && a.date().isBefore(monday.plusWeeks(1)))
                .toList();
        List<RoomRow> rows = new ArrayList<>();
        int used = 0;
        int available = 0;
        for (Room room : rooms) {
            RoomRow row = row(practice, room, here, monday);
            rows.add(row);
            used += row.use().used();
            available += row.use().available();
        }
        return new RoomWeek(practice.getName(), source, monday, rows, new Use(used, available), gaps(practice, plan,
                monday));
    }

    private static RoomRow row(Practice practice, Room room, List<Assignment> here, LocalDate monday) {
        List<Cell> cells = new ArrayList<>();
        int used = 0;
        int available = 0;
        for (int i = 0; i < RoomWeek.SESSIONS; i++) {
            DayOfWeek day = DayOfWeek.of(i / 2 + 1);
            Half half = Half.values()[i % 2];
            LocalDate date = monday.plusDays(i / 2);
            List<String> occupants = here.stream()
                    .filter(a -> a.room().equals(room.getName()) && a.date().equals(date) && a.session() == half)
                    .sorted(Comparator.comparing(Assignment::start).thenComparing(Assignment::staffName))
                    .map(RoomWeeks::occupant).distinct().toList();
            boolean unavailable = room.getUnavailable().contains(day, half);
            boolean closed = !practice.getOpenSessions().contains(day, half);
            cells.add(new Cell(occupants, unavailable, closed));
            if (!unavailable && !closed) {
                available++;
                used += occupants.isEmpty() ? 0 : 1;
            }
        }
        return new RoomRow(room, cells, new Use(used, available));
    }

    private static String occupant(Assignment a) {
        return switch (a.activity()) {
            case CLINIC -> a.staffName() + " (clinic)";
            case WORK -> a.staffName();
            default -> a.staffName() + " – " + a.activity().name().toLowerCase(Locale.ROOT).replace('_', '-') + " "
                    + a.start();
        };
    }

    /** The practice's clinics and working sessions that week that the plan could not give a room. */
    private static List<Gap> gaps(Practice practice, RotaPlan plan, LocalDate monday) {
        if (plan == null) {
            return List.of();
        }
        return plan.unassigned().stream()
                .filter(u -> (u.activity() == Activity.CLINIC || u.activity() == Activity.WORK)
                        && practice.getCode().equals(u.practiceCode()) && monday.equals(u.weekStart()))
                .map(u -> new Gap(u.activity(), u.staffId() == null ? "No one yet" : name(plan, u.staffId()),
                        u.reason()))
                .toList();
    }

    private static String name(RotaPlan plan, String staffId) {
        return plan.assignments().stream().filter(a -> a.staffId().equals(staffId)).map(Assignment::staffName)
                .findFirst().orElse("Staff " + staffId);
    }
}
