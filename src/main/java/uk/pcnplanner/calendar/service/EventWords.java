package uk.pcnplanner.calendar.service;

import java.util.List;
import java.util.stream.Collectors;
import uk.pcnplanner.network.domain.Practice;
import uk.pcnplanner.network.domain.Room;
import uk.pcnplanner.rota.domain.Activity;
import uk.pcnplanner.staff.domain.Staff;
import uk.pcnplanner.supervision.domain.SupervisionKind;

/** How an item reads in a calendar: a summary people recognise at a glance, and where to go. */
final class EventWords {

    static final String REMOTE = "Remote";

    private EventWords() {}

    /** "Clinic · Clinical pharmacist", or "Debrief: Sam Taylor with Dr Priya Patel". */
    static String summary(Activity activity, List<Staff> people) {
        return switch (activity) {
            case CLINIC -> "Clinic" + role(people);
            case WORK -> "Working session" + role(people);
            default -> SupervisionKind.valueOf(activity.name()).label() + ": " + who(people);
        };
    }

    /** "Room 2, Castle Surgery"; supervision without a room is remote. */
    static String location(Activity activity, Practice practice, Room room) {
        if (room != null) {
            return room.getName() + ", " + room.getPractice().getName();
        }
        if (practice != null) {
            return practice.getName();
        }
        return activity.isWholeSession() ? null : REMOTE;
    }

    /** The same, from the names a publication keeps. */
    static String location(Activity activity, String practiceName, String roomName) {
        if (roomName != null && !roomName.isBlank()) {
            return practiceName == null ? roomName : roomName + ", " + practiceName;
        }
        if (practiceName != null && !practiceName.isBlank()) {
            return practiceName;
        }
        return activity.isWholeSession() ? null : REMOTE;
    }

    static String description(Activity activity, boolean booked) {
        if (activity.isWholeSession()) {
            return "From the network rota. Changes to the rota replace this event when the calendar is imported again.";
        }
        return (booked ? "Booked supervision." : "Supervision scheduled by the rota; the supervisor may book another time.")
                + " Importing the calendar again updates this event.";
    }

    private static String role(List<Staff> people) {
        return people.isEmpty() ? "" : " · " + people.getFirst().getRole().getName();
    }

    /** Supervisees first, then "with" the one among them who supervises the others. */
    private static String who(List<Staff> people) {
        Staff supervisor = people.stream()
                .filter(p -> people.stream().anyMatch(o -> p.equals(o.getSupervisor())))
                .findFirst().orElse(null);
        String supervisees = names(people.stream().filter(p -> !p.equals(supervisor)).map(Staff::getName).toList());
        return supervisor == null ? supervisees : supervisees + " with " + supervisor.getName();
    }

    private static String names(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", "))
                + " and " + names.getLast();
    }
}
