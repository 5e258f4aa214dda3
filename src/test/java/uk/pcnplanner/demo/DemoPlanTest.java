package uk.pcnplanner.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uk.pcnplanner.demo.DemoPlan.LeavePlan;
import uk.pcnplanner.demo.DemoPlan.PracticePlan;
import uk.pcnplanner.demo.DemoPlan.RulePlan;
import uk.pcnplanner.demo.DemoPlan.StaffPlan;
import uk.pcnplanner.supervision.domain.SupervisionKind;
import uk.pcnplanner.time.Half;
import uk.pcnplanner.time.SessionSet;
import uk.pcnplanner.time.SupervisionWindow;

class DemoPlanTest {

    private final DemoPlan plan = DemoNetworkGenerator.plan();
    private final Map<String, StaffPlan> staffById =
            plan.staff().stream().collect(Collectors.toMap(StaffPlan::code, Function.identity()));

    @Test
    void theSameSeedAlwaysGivesTheSamePlan() {
        assertThat(DemoPlan.generate(DemoNetworkGenerator.SEED))
                .isEqualTo(DemoPlan.generate(DemoNetworkGenerator.SEED));
    }

    // Without this, equal plans would also pass if nothing were drawn from the seed.
    @Test
    void anotherSeedChangesTheNamesButNotTheFixedFacts() {
        DemoPlan other = DemoPlan.generate(DemoNetworkGenerator.SEED + 1);

        assertThat(other.staff()).extracting(StaffPlan::name).isNotEqualTo(names());
        assertThat(other.practices()).isEqualTo(plan.practices());
        assertThat(other.staff()).extracting(StaffPlan::code, StaffPlan::roleCode, StaffPlan::supervisorCode)
                .isEqualTo(plan.staff().stream()
                        .map(s -> tuple(s.code(), s.roleCode(), s.supervisorCode()))
                        .toList());
    }

    @Test
    void staffIdsRunFrom1001InOrderThenTheFourSupervisors() {
        List<String> ids = plan.staff().stream().map(StaffPlan::code).toList();
        int arrs = ids.size() - 4;

        assertThat(ids.subList(0, arrs))
                .isEqualTo(IntStream.range(0, arrs).mapToObj(i -> String.valueOf(1001 + i)).toList());
        assertThat(ids.subList(arrs, ids.size())).containsExactly("2001", "2002", "2003", "2004");
        assertThat(names()).doesNotHaveDuplicates();
    }

    @Test
    void everyoneWorksTenSessionsPerWholeTimeEquivalent() {
        assertThat(plan.staff()).allSatisfy(s -> assertThat(BigDecimal.valueOf(s.workingSessions().size(), 1))
                .as(s.code())
                .isEqualByComparingTo(s.wte()));
    }

    @Test
    void everyoneWorksOnlyWhileTheirBasePracticeIsOpen() {
        Map<String, SessionSet> open =
                plan.practices().stream().collect(Collectors.toMap(PracticePlan::code, PracticePlan::openSessions));

        assertThat(plan.staff()).allSatisfy(s ->
                assertThat(open.get(s.baseCode()).containsAll(s.workingSessions())).as(s.code()).isTrue());
    }

    @Test
    void linkWorkersRotateAcrossTwoOrThreePracticesIncludingTheirBase() {
        assertThat(ofRole("SPLW")).hasSize(6).allSatisfy(s -> {
            assertThat(s.practiceCodes()).hasSizeBetween(2, 3).contains(s.baseCode());
            assertThat(SessionSet.weekdays().containsAll(s.workingSessions())).isTrue();
        });
    }

    @Test
    void everySuperviseeWorksOnADayTheirSupervisorHasAWindow() {
        assertThat(plan.staff()).filteredOn(s -> s.supervisorCode() != null).allSatisfy(s -> assertThat(
                        staffById.get(s.supervisorCode()).windows().windows())
                .as(s.code())
                .anyMatch(w -> WorkingPatterns.worksOn(s.workingSessions(), w.day())));
    }

    @Test
    void supervisorsHaveWindowsOnlyOnDaysTheyWork() {
        assertThat(ofRole("GP")).hasSize(4).allSatisfy(gp -> assertThat(gp.windows().windows())
                .isNotEmpty()
                .extracting(SupervisionWindow::day)
                .allMatch(day -> WorkingPatterns.worksOn(gp.workingSessions(), day)));
    }

    @Test
    void leaveFallsOnWorkingDaysInsideTheRotaHorizon() {
        LocalDate start = plan.network().rotaStart();
        LocalDate end = start.plusWeeks(plan.network().rotaWeeks()).minusDays(1);

        assertThat(plan.leave()).hasSize(5).allSatisfy(l -> {
            assertThat(l.from()).isBetween(start, end);
            assertThat(l.to()).isBetween(l.from(), end);
            SessionSet sessions = staffById.get(l.staffCode()).workingSessions();
            assertThat(l.from().datesUntil(l.to().plusDays(1)))
                    .anyMatch(d -> l.half() == null
                            ? WorkingPatterns.worksOn(sessions, d.getDayOfWeek())
                            : sessions.contains(d.getDayOfWeek(), l.half()));
        });
        assertThat(plan.leave()).extracting(LeavePlan::half).containsOnlyOnce(Half.PM);
        assertThat(plan.leave()).filteredOn(l -> l.to().equals(l.from().plusDays(4))).hasSize(1);
    }

    @Test
    void supervisionRulesComeFromTheReferenceDefaults() {
        assertThat(plan.rules()).extracting(RulePlan::roleCode).contains("SPLW", "HWC", "CC", "CP", "PT");
        assertThat(plan.rules()).contains(new RulePlan("SPLW", SupervisionKind.ONE_TO_ONE, 60, 4,
                "NHS England 'Additional roles: a quick reference summary': access to monthly supervision "
                        + "from an appropriate health professional"));
    }

    @Test
    void plannedPostsNeverReuseAStaffId() {
        assertThat(plan.posts()).extracting(DemoPlan.PostPlan::code)
                .containsExactly("P001", "P002")
                .doesNotContainAnyElementsOf(staffById.keySet());
    }

    private List<String> names() {
        return plan.staff().stream().map(StaffPlan::name).toList();
    }

    private List<StaffPlan> ofRole(String role) {
        return plan.staff().stream().filter(s -> s.roleCode().equals(role)).toList();
    }
}
