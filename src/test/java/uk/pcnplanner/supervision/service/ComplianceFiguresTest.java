package uk.pcnplanner.supervision.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.pcnplanner.rota.domain.Activity;
import uk.pcnplanner.supervision.domain.SupervisionKind;
import uk.pcnplanner.supervision.domain.SupervisionRule;

/**
 * Due dates and compliance on a constructed history, at Monday 4 January 2027 09:00: Sam has had
 * one-to-ones and debriefs since October; Ali started on 14 December and has had none.
 */
class ComplianceFiguresTest {

    private final Diaries d = new Diaries();
    private final SupervisionRule oneToOne = d.rule(d.linkWorker, SupervisionKind.ONE_TO_ONE, 60, 4);
    private final SupervisionRule debrief = d.rule(d.linkWorker, SupervisionKind.DEBRIEF, 30, 2);

    ComplianceFiguresTest() {
        d.ali.setStartDate(LocalDate.of(2026, 12, 14));
        held(Activity.ONE_TO_ONE, "2026-10-13", "2026-11-10");
        held(Activity.DEBRIEF, "2026-10-20", "2026-11-17", "2026-12-01", "2026-12-15");
        d.planned(Activity.ONE_TO_ONE, LocalDate.of(2026, 12, 22), "12:30-13:30", null, d.patel, d.sam)
                .planned(Activity.ONE_TO_ONE, LocalDate.of(2027, 1, 12), "12:30-13:30", d.office, d.patel, d.sam)
                .booked(Activity.DEBRIEF, Diaries.TUE, "12:30-13:00", d.office, d.patel, d.sam);
    }

    @Test
    void dueIsOneCadenceAfterTheLastHeldAndThePlanNeverCountsAsHeld() {
        DueRow row = dueDates().row(d.sam, oneToOne);

        assertThat(row.lastHeld()).isEqualTo(LocalDate.of(2026, 11, 10));
        assertThat(row.dueBy()).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(row.status()).isEqualTo("Overdue by 27 days");
        assertThat(row.next()).isEqualTo(LocalDate.of(2027, 1, 12).atTime(12, 30));
        assertThat(row.nextBooked()).isFalse();
    }

    @Test
    void aBookedSessionIsNextAndSomeoneWithNoHistoryIsDueOneCadenceAfterStarting() {
        DueRow samDebrief = dueDates().row(d.sam, debrief);
        DueRow aliOneToOne = dueDates().row(d.ali, oneToOne);

        assertThat(samDebrief.next()).isEqualTo(Diaries.TUE.atTime(12, 30));
        assertThat(samDebrief.nextBooked()).isTrue();
        assertThat(samDebrief.status()).isEqualTo("Overdue by 6 days");
        assertThat(aliOneToOne.lastHeld()).isNull();
        assertThat(aliOneToOne.dueBy()).isEqualTo(LocalDate.of(2027, 1, 11));
        assertThat(aliOneToOne.overdue()).isFalse();
        assertThat(aliOneToOne.status()).isEqualTo("Due in 7 days");
    }

    @Test
    void complianceCountsDueAgainstHeldOverThreeMonthsMostOverdueFirst() {
        ComplianceFigures figures = new ComplianceFigures(dueDates(), Diaries.NOW);
        List<ComplianceRow> people = List.of(figures.person(d.ali, List.of(oneToOne, debrief)),
                        figures.person(d.sam, List.of(oneToOne, debrief)))
                .stream().sorted(ComplianceFigures.MOST_OVERDUE_FIRST).toList();

        assertThat(figures.from()).isEqualTo(LocalDate.of(2026, 10, 4));
        assertThat(people.getFirst()).isEqualTo(new ComplianceRow("1001", "Sam Taylor",
                "Social prescribing link worker", "Dr Priya Patel", 9, 6,
                "One-to-one supervision (27 days), Debrief (6 days)", 27, 1, 3));
        assertThat(people.getFirst().trend()).isEqualTo("Down: 1 in the last month, 3 the month before");
        assertThat(people.get(1)).isEqualTo(new ComplianceRow("1002", "Ali Khan", "Social prescribing link worker",
                "Dr Priya Patel", 1, 0, "Debrief (7 days)", 7, 0, 0));
        assertThat(ComplianceFigures.byRole(people)).containsExactly(
                new RoleCompliance("Social prescribing link worker", 2, 10, 6, 2, 1, 3));
    }

    private DueDates dueDates() {
        return new DueDates(d.entries, Diaries.NOW);
    }

    private void held(Activity activity, String... dates) {
        for (String date : dates) {
            d.booked(activity, LocalDate.parse(date), "12:30-13:30", d.office, d.patel, d.sam);
        }
    }
}
