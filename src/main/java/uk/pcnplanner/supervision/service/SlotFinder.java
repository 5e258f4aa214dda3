package uk.pcnplanner.supervision.service;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import uk.pcnplanner.network.domain.Practice;
import uk.pcnplanner.network.domain.Room;
import uk.pcnplanner.network.domain.RoomType;
import uk.pcnplanner.rota.domain.Activity;
import uk.pcnplanner.staff.domain.Staff;
import uk.pcnplanner.time.SupervisionWindow;
import uk.pcnplanner.time.TimeRange;

/**
 * Finds times for a supervision inside the supervisor's windows when everyone is working and
 * free, with a suitable free room where one of them is that day (or none in a remote window), and
 * ranks them: before the due date first, then earliest, remote or at a practice they share.
 */
final class SlotFinder {

    static final int GRID_MINUTES = 30;
    static final int SUGGESTIONS = 5;
    private static final List<RoomType> ROOM_PREFERENCE =
            List.of(RoomType.OFFICE, RoomType.CONSULTING, RoomType.CLINICAL, RoomType.GROUP);

    private final Diary diary;
    private final List<Room> rooms;

    SlotFinder(Diary diary, List<Room> rooms) {
        this.diary = diary;
        this.rooms = rooms;
    }

    /** The best few times from now until {@code until}, at most one a day. */
    List<SuggestedSlot> suggest(SlotRequest request, LocalDate until) {
        Map<LocalDate, Candidate> bestOfDay = new TreeMap<>();
        for (LocalDate date = request.now().toLocalDate(); !date.isAfter(until); date = date.plusDays(1)) {
            for (Candidate c : candidates(request, date)) {
                bestOfDay.merge(date, c, (a, b) -> b.score > a.score ? b : a);
            }
        }
        return bestOfDay.values().stream()
                .sorted(Comparator.comparingInt((Candidate c) -> -c.score).thenComparing(c -> c.slot.date()))
                .limit(SUGGESTIONS)
                .map(Candidate::slot)
                .toList();
    }

    /** Why the supervision cannot be held at that time and place, or empty when it can. */
    Optional<String> whyNot(SlotRequest request, LocalDate date, LocalTime start, Room room) {
        TimeRange times = new TimeRange(start, start.plusMinutes(request.minutes()));
        Staff supervisor = request.supervisor();
        if (!date.atTime(start).isAfter(request.now())) {
            return Optional.of(DiaryEntry.DAY.format(date) + " " + start + " has already passed");
        }
        Optional<SupervisionWindow> window = window(supervisor, date, times);
        if (window.isEmpty()) {
            return Optional.of(DiaryEntry.DAY.format(date) + " " + times + " is outside " + supervisor.getName()
                    + "'s supervision windows (" + supervisor.getSupervisionWindows() + ")");
        }
        for (Staff person : request.everyone()) {
            Optional<String> why = diary.whyUnavailable(person, date, times, request.replaced());
            if (why.isPresent()) {
                return why;
            }
        }
        if (room == null) {
            return window.get().remote() ? Optional.empty() : Optional.of(supervisor.getName() + "'s window "
                    + window.get() + " is not remote: choose a room");
        }
        if (!suits(room, request)) {
            return Optional.of(room.getName() + " at " + room.getPractice().getName() + " does not suit "
                    + DiaryEntry.words(request.activity()) + " for " + request.everyone().size() + " people");
        }
        return diary.whyRoomTaken(room, date, times, request.replaced());
    }

    private List<Candidate> candidates(SlotRequest request, LocalDate date) {
        List<Candidate> found = new ArrayList<>();
        for (SupervisionWindow window : request.supervisor().getSupervisionWindows().windows()) {
            if (window.day() != date.getDayOfWeek()) {
                continue;
            }
            for (LocalTime t = window.start(); !t.plusMinutes(request.minutes()).isAfter(window.end());
                    t = t.plusMinutes(GRID_MINUTES)) {
                candidate(request, date, t, window.remote()).ifPresent(found::add);
            }
        }
        return found;
    }

    private Optional<Candidate> candidate(SlotRequest request, LocalDate date, LocalTime start, boolean remote) {
        TimeRange times = new TimeRange(start, start.plusMinutes(request.minutes()));
        if (!date.atTime(start).isAfter(request.now()) || request.everyone().stream()
                .anyMatch(p -> diary.whyUnavailable(p, date, times, request.replaced()).isPresent())) {
            return Optional.empty();
        }
        if (remote) {
            return Optional.of(candidate(request, date, times, null, Set.of()));
        }
        Map<Practice, Set<Staff>> present = whereTheyAre(request, date);
        return rooms.stream()
                .filter(r -> present.containsKey(r.getPractice()) && suits(r, request))
                .filter(r -> diary.whyRoomTaken(r, date, times, request.replaced()).isEmpty())
                .min(Comparator.comparingInt((Room r) -> -present.get(r.getPractice()).size())
                        .thenComparingInt(r -> ROOM_PREFERENCE.indexOf(r.getType()))
                        .thenComparing(Room::getName))
                .map(r -> candidate(request, date, times, r, present.get(r.getPractice())));
    }

    private Candidate candidate(SlotRequest request, LocalDate date, TimeRange times, Room room, Set<Staff> there) {
        boolean beforeDue = !date.isAfter(request.dueBy());
        boolean shared = room != null && there.size() == request.everyone().size();
        long days = ChronoUnit.DAYS.between(request.now().toLocalDate(), date);
        int score = (beforeDue ? 1000 : 0) - (int) days * 10 + (room == null ? 30 : shared ? 20 : 0);
        SuggestedSlot slot = new SuggestedSlot(date, times.start(), request.minutes(), room == null,
                room == null ? null : room.getId(), room == null ? null : room.getName(),
                room == null ? null : room.getPractice().getName(), beforeDue, reason(request, date, room, there));
        return new Candidate(slot, score);
    }

    private static String reason(SlotRequest request, LocalDate date, Room room, Set<Staff> there) {
        long late = ChronoUnit.DAYS.between(request.dueBy(), date);
        String due = late <= 0 ? "Before the due date (" + DiaryEntry.DAY.format(request.dueBy()) + ")"
                : late + (late == 1 ? " day" : " days") + " after the due date";
        if (room == null) {
            return due + "; remote, no room needed";
        }
        String where = there.size() == request.everyone().size() ? "where you are all that day"
                : "where " + there.stream().map(Staff::getName).collect(Collectors.joining(" and ")) + " "
                        + (there.size() == 1 ? "is" : "are") + " that day";
        return due + "; " + room.getName() + " at " + room.getPractice().getName() + ", " + where;
    }

    /** Each practice where one of them is that day (their base, or where their day's items are), and who. */
    private Map<Practice, Set<Staff>> whereTheyAre(SlotRequest request, LocalDate date) {
        Map<Practice, Set<Staff>> present = new LinkedHashMap<>();
        for (Staff person : request.everyone()) {
            present.computeIfAbsent(person.getBasePractice(), p -> new LinkedHashSet<>()).add(person);
            diary.entries().stream()
                    .filter(e -> e.date().equals(date) && e.involves(person.getId()))
                    .map(e -> e.room() != null ? e.room().getPractice() : e.practice())
                    .filter(Objects::nonNull)
                    .forEach(p -> present.computeIfAbsent(p, x -> new LinkedHashSet<>()).add(person));
        }
        return present;
    }

    private static boolean suits(Room room, SlotRequest request) {
        int people = request.everyone().size();
        boolean accessible = request.everyone().stream().anyMatch(Staff::isNeedsAccessible);
        boolean type = request.activity() != Activity.GROUP || room.getType() == RoomType.GROUP;
        return type && room.getCapacity() >= people && (!accessible || room.isAccessible());
    }

    private static Optional<SupervisionWindow> window(Staff supervisor, LocalDate date, TimeRange times) {
        return supervisor.getSupervisionWindows().windows().stream()
                .filter(w -> w.covers(date.getDayOfWeek(), times.start(), times.end()))
                .findFirst();
    }

    private record Candidate(SuggestedSlot slot, int score) {}
}
