package uk.pcnplanner.supervision.service;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import uk.pcnplanner.rota.domain.Activity;
import uk.pcnplanner.staff.domain.Staff;
import uk.pcnplanner.supervision.domain.SupervisionRule;

/**
 * Due dates from the diary: a kind of supervision is due one cadence after it was last held
 * (a booking that has ended), or after the person started when none is on record. Items of the
 * latest plan count as next, never as held: a plan is not proof a session took place.
 */
final class DueDates {

    private final List<DiaryEntry> entries;
    private final LocalDateTime now;

    DueDates(List<DiaryEntry> entries, LocalDateTime now) {
        this.entries = entries;
        this.now = now;
    }

    DueRow row(Staff supervisee, SupervisionRule rule) {
        Activity activity = Activity.valueOf(rule.getKind().name());
        LocalDate today = now.toLocalDate();
        Optional<LocalDate> last = lastHeld(supervisee, activity, now);
        LocalDate from = last.orElse(supervisee.getStartDate() == null || supervisee.getStartDate().isAfter(today)
                ? null : supervisee.getStartDate());
        LocalDate dueBy = from == null ? today : from.plusWeeks(rule.getEveryWeeks());
        Optional<DiaryEntry> booked = next(supervisee, activity, false);
        Optional<DiaryEntry> next = booked.or(() -> next(supervisee, activity, true));
        return new DueRow(supervisee.getId(), supervisee.getName(), supervisee.getRole().getName(), rule.getKind(),
                rule.getMinutes(), rule.getEveryWeeks(), rule.getGroupSize(), last.orElse(null),
                next.map(DiaryEntry::start).orElse(null), booked.isPresent(), dueBy, today);
    }

    /** Held sessions of that kind the person was in, ended by {@code until}, from {@code from} on. */
    long heldBetween(Staff person, Activity activity, LocalDate from, LocalDateTime until) {
        return held(person, activity, until).filter(e -> !e.date().isBefore(from)).count();
    }

    Optional<LocalDate> lastHeld(Staff person, Activity activity, LocalDateTime until) {
        return held(person, activity, until).map(DiaryEntry::date).max(Comparator.naturalOrder());
    }

    private Stream<DiaryEntry> held(Staff person, Activity activity, LocalDateTime until) {
        return entries.stream()
                .filter(e -> !e.planned() && e.activity() == activity && e.involves(person.getId()))
                .filter(e -> !e.end().isAfter(until));
    }

    private Optional<DiaryEntry> next(Staff person, Activity activity, boolean planned) {
        return entries.stream()
                .filter(e -> e.planned() == planned && e.activity() == activity && e.involves(person.getId()))
                .filter(e -> e.start().isAfter(now))
                .min(Comparator.comparing(DiaryEntry::start));
    }
}
