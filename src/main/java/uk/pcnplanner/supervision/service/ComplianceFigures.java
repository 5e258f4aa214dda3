package uk.pcnplanner.supervision.service;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.pcnplanner.rota.domain.Activity;
import uk.pcnplanner.staff.domain.Staff;
import uk.pcnplanner.supervision.domain.SupervisionRule;

/**
 * Supervision due against held over the last three months. Due counts one session per whole
 * cadence the person was employed in those months; held counts ended bookings of that kind.
 */
final class ComplianceFigures {

    static final int MONTHS = 3;

    /** Most overdue first, then the furthest behind on held against due. */
    static final Comparator<ComplianceRow> MOST_OVERDUE_FIRST = Comparator
            .comparingLong((ComplianceRow r) -> -r.daysOverdue())
            .thenComparingInt(r -> r.held() - r.due())
            .thenComparing(ComplianceRow::name);

    private final DueDates dueDates;
    private final LocalDateTime now;
    private final LocalDate from;

    ComplianceFigures(DueDates dueDates, LocalDateTime now) {
        this.dueDates = dueDates;
        this.now = now;
        this.from = now.toLocalDate().minusMonths(MONTHS);
    }

    LocalDate from() {
        return from;
    }

    ComplianceRow person(Staff person, List<SupervisionRule> rules) {
        LocalDate today = now.toLocalDate();
        int due = 0;
        int held = 0;
        long lastMonth = 0;
        long monthBefore = 0;
        long worst = 0;
        List<DueRow> overdue = new ArrayList<>();
        for (SupervisionRule rule : rules) {
            Activity activity = Activity.valueOf(rule.getKind().name());
            due += (int) (employedDays(person) / (7L * rule.getEveryWeeks()));
            held += (int) dueDates.heldBetween(person, activity, from, now);
            lastMonth += dueDates.heldBetween(person, activity, today.minusMonths(1), now);
            monthBefore += dueDates.heldBetween(person, activity, today.minusMonths(2),
                    today.minusMonths(1).atStartOfDay());
            DueRow row = dueDates.row(person, rule);
            if (row.overdue()) {
                overdue.add(row);
                worst = Math.max(worst, row.daysOverdue());
            }
        }
        String supervisor = person.getSupervisor() == null ? "No supervisor named" : person.getSupervisor().getName();
        return new ComplianceRow(person.getStaffCode(), person.getName(), person.getRole().getName(), supervisor, due,
                held, words(overdue), worst, lastMonth, monthBefore);
    }

    /** "One-to-one supervision (27 days), Debrief (6 days)": the longest overdue first. */
    private static String words(List<DueRow> overdue) {
        return overdue.stream()
                .sorted(Comparator.comparingLong(DueRow::daysOverdue).reversed())
                .map(r -> r.kind().label() + " (" + r.daysOverdue() + " days)")
                .collect(Collectors.joining(", "));
    }

    static List<RoleCompliance> byRole(List<ComplianceRow> people) {
        Map<String, List<ComplianceRow>> roles = new LinkedHashMap<>();
        people.stream().sorted(Comparator.comparing(ComplianceRow::role))
                .forEach(r -> roles.computeIfAbsent(r.role(), k -> new ArrayList<>()).add(r));
        return roles.entrySet().stream().map(e -> {
            List<ComplianceRow> rows = e.getValue();
            return new RoleCompliance(e.getKey(), rows.size(), rows.stream().mapToInt(ComplianceRow::due).sum(),
                    rows.stream().mapToInt(ComplianceRow::held).sum(),
                    (int) rows.stream().filter(r -> r.daysOverdue() > 0).count(),
                    rows.stream().mapToLong(ComplianceRow::heldLastMonth).sum(),
                    rows.stream().mapToLong(ComplianceRow::heldMonthBefore).sum());
        }).sorted(Comparator.comparingInt((RoleCompliance r) -> -r.overduePeople()).thenComparing(RoleCompliance::role))
                .toList();
    }

    private long employedDays(Staff person) {
        LocalDate today = now.toLocalDate();
        LocalDate start = person.getStartDate() != null && person.getStartDate().isAfter(from)
                ? person.getStartDate() : from;
        LocalDate end = person.getEndDate() != null && person.getEndDate().isBefore(today)
                ? person.getEndDate().plusDays(1) : today;
        return Math.max(0, ChronoUnit.DAYS.between(start, end));
    }
}
