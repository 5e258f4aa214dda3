package uk.pcnplanner.rota.publish.service;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.pcnplanner.base.service.InvalidEditException;
import uk.pcnplanner.rota.export.PublishedPlans;
import uk.pcnplanner.rota.export.RotaPlan;
import uk.pcnplanner.rota.export.RotaPlan.Assignment;
import uk.pcnplanner.rota.export.RotaPlan.PracticeRef;
import uk.pcnplanner.rota.export.RotaPlan.Unassigned;
import uk.pcnplanner.rota.publish.domain.Publication;
import uk.pcnplanner.rota.publish.domain.PublishedAssignment;
import uk.pcnplanner.rota.publish.domain.PublishedGap;
import uk.pcnplanner.rota.publish.domain.PublishedRule;
import uk.pcnplanner.rota.service.RotaWeeks;

/** Copies the part of a draft inside a publication's dates into it, refusing a double booking by name. */
final class PublicationCopy {

    private PublicationCopy() {}

    static void fill(Publication publication, RotaPlan draft) {
        LocalDate from = publication.getFrom();
        LocalDate to = publication.getTo();
        Map<String, String> practices = draft.practices().stream()
                .collect(Collectors.toMap(PracticeRef::code, PracticeRef::name, (a, b) -> a));
        List<Assignment> inRange = draft.assignments().stream()
                .filter(a -> !a.date().isBefore(from) && !a.date().isAfter(to)).toList();
        requireNoDoubleBooking(inRange);
        for (Assignment a : inRange) {
            publication.add(new PublishedAssignment(publication, a.key(), a.date(), a.session(), a.start(), a.end(),
                    a.wholeSession())
                    .who(a.staffId(), a.staffName(), a.activity(), a.with().isEmpty() ? null : String.join(",", a.with()),
                            a.pinned())
                    .where(a.practiceCode(), practices.get(a.practiceCode()), a.room()));
        }
        for (Unassigned u : draft.unassigned()) {
            if (u.weekStart() == null || !u.weekStart().isBefore(RotaWeeks.monday(from)) && !u.weekStart().isAfter(to)) {
                publication.add(new PublishedGap(publication, u.activity(), u.practiceCode(), u.staffId(),
                        u.weekStart(), u.reason()));
            }
        }
        draft.rules().forEach(r -> publication.add(new PublishedRule(publication, r.level(), r.constraint(),
                r.weight(), r.matches(), r.impact())));
    }

    static PublicationSummary summary(Publication p) {
        return new PublicationSummary(p.getId(), p.getFrom(), p.getTo(), p.getPublishedAt(), p.getPublishedBy(),
                p.getScore(), p.getAssignments().size(), p.getGaps().size(), PublishedPlans.status(p));
    }

    /** The database refuses these too; checking first names the person or room instead of a constraint. */
    private static void requireNoDoubleBooking(List<Assignment> assignments) {
        Map<List<Object>, Assignment> people = new HashMap<>();
        Map<List<Object>, Assignment> rooms = new HashMap<>();
        for (Assignment a : assignments.stream().filter(Assignment::wholeSession).toList()) {
            String when = RotaWeeks.day(a.date()) + " " + a.session();
            if (people.putIfAbsent(List.of(a.staffId(), a.date(), a.session()), a) != null) {
                throw new InvalidEditException("Rota", a.staffName() + " is booked twice on " + when
                        + ": fix it before publishing");
            }
            if (a.room() != null && rooms.putIfAbsent(List.of(a.practiceCode(), a.room(), a.date(), a.session()), a)
                    != null) {
                throw new InvalidEditException("Rota", a.room() + " at " + a.practiceCode() + " is booked twice on "
                        + when + ": fix it before publishing");
            }
        }
    }
}
