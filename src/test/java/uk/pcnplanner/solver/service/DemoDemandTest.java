package uk.pcnplanner.solver.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import uk.pcnplanner.network.domain.NetworkRepository;
import uk.pcnplanner.solver.domain.ClinicItem;
import uk.pcnplanner.solver.domain.PlanSolution;
import uk.pcnplanner.solver.domain.PlanWeights;

/** The demo network mapped into a planning problem, with demand worked out as the contract says. */
@SpringBootTest
class DemoDemandTest {

    @Autowired
    PlanMapper mapper;

    @Autowired
    NetworkRepository networks;

    @Test
    void riversideKeepsItsStatedSixAndTheOthersShareFortySevenLinkWorkerSessionsByListSize() {
        PlanSolution problem = mapper.problem(networks.findFirstByOrderByIdAsc().orElseThrow().getId(), new PlanWeights());

        Map<String, Long> perWeek = problem.clinics().stream()
                .filter(c -> c.week() == 0)
                .collect(Collectors.groupingBy(c -> c.practice().code(), Collectors.counting()));
        // 47 link worker sessions a week × 50%: Castle 9,800 → 4.42; Northgate 8,600 → 3.88; Abbey Road 6,200 → 2.80;
        // Millbrook 7,400 → 3.34; St Anne's 3,000 → 1.35; Westfield 3,100 → 1.40 (of 52,100 patients).
        assertThat(perWeek).containsExactlyInAnyOrderEntriesOf(Map.of(
                "C84001", 4L, "C84002", 6L, "C84003", 4L, "C84004", 3L, "C84005", 3L, "C84006", 1L, "C84007", 1L));
        assertThat(problem.clinics()).hasSize(22 * 4).noneMatch(ClinicItem::isPinned);
    }

    @Test
    void everyLinkWorkerAndCoachIsSupervisedOnTheirRolesCadence() {
        PlanSolution problem = mapper.problem(networks.findFirstByOrderByIdAsc().orElseThrow().getId(), new PlanWeights());

        // Four weeks: one monthly one-to-one and two fortnightly debriefs for each SPLW, HWC and CC supervisee.
        assertThat(problem.supervision().stream().filter(s -> s.supervisees().getFirst().role().equals("SPLW")))
                .hasSize(6 * 3);
        assertThat(problem.supervision()).allMatch(s -> !s.periods().isEmpty() || s.isPinned());
    }
}
