package uk.pcnplanner.solver.weights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import uk.pcnplanner.audit.AuditService;
import uk.pcnplanner.base.service.InvalidEditException;
import uk.pcnplanner.network.domain.NetworkRepository;
import uk.pcnplanner.solver.domain.Horizon;
import uk.pcnplanner.solver.domain.PlanWeights;
import uk.pcnplanner.solver.service.PlanProblems;
import uk.pcnplanner.time.SessionSet;

@SpringBootTest
@Transactional
class ConstraintWeightServiceTest {

    @Autowired
    ConstraintWeightService service;

    @Autowired
    NetworkRepository networks;

    @Autowired
    AuditService audit;

    @Autowired
    PlanProblems problems;

    private long networkId;

    @BeforeEach
    void network() {
        networkId = networks.findFirstByOrderByIdAsc().orElseThrow().getId();
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void theDirectorsNewWeightIsWhatTheSolverUsesAndTheChangeIsAudited() {
        service.change(networkId, PlanWeights.ROOM_CHANGES, 4);
        service.change(networkId, PlanWeights.CLINICS_BUNCHED, 0);

        assertThat(service.weights(networkId).weights())
                .containsEntry(PlanWeights.ROOM_CHANGES, HardMediumSoftScore.ofSoft(4))
                .containsEntry(PlanWeights.CLINICS_BUNCHED, HardMediumSoftScore.ofSoft(0))
                .containsEntry(PlanWeights.ROOM_DOUBLE_BOOKED, HardMediumSoftScore.ofHard(1));
        assertThat(service.rules(networkId)).contains(new RuleWeight(PlanWeights.ROOM_CHANGES, "SOFT", 4, 1));
        assertThat(audit.search("Rule weight", PlanWeights.ROOM_CHANGES))
                .anySatisfy(entry -> assertThat(entry.getNewValue()).isEqualTo("4"));
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void theDirectorsRotationRulesAreWhatTheNextSolveMeasuresAgainstAndTheChangeIsAudited() {
        RotationSetting rotation = service.rotation(networkId);
        assertThat(rotation.getPracticesPerWeek()).isEqualTo(2);
        rotation.setPracticesPerWeek(3);
        rotation.setUnpopular(SessionSet.parse("Wed PM"));

        service.saveRotation(rotation);

        Horizon horizon = problems.current(networkId).horizon();
        assertThat(horizon.practicesPerWeek()).isEqualTo(3);
        assertThat(horizon.unpopular()).isEqualTo(SessionSet.parse("Wed PM"));
        assertThat(audit.search("Rotation rules", null)).anySatisfy(entry -> {
            assertThat(entry.getField()).isEqualTo("Unpopular sessions");
            assertThat(entry.getOldValue()).isEqualTo("Mon AM, Fri PM");
            assertThat(entry.getNewValue()).isEqualTo("Wed PM");
        });
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void rotationRulesAskingForNoPracticeAtAllAreRefusedByName() {
        RotationSetting rotation = service.rotation(networkId);
        rotation.setPracticesPerWeek(0);

        assertThatThrownBy(() -> service.saveRotation(rotation))
                .isInstanceOf(InvalidEditException.class)
                .hasMessageContaining("Practices a week").hasMessageContaining("between 1 and 14, got 0");
        assertThat(service.weights(networkId).practicesPerWeek()).isEqualTo(2);
    }

    @Test
    @WithUserDetails(value = "pm.castle", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aPracticeManagerCannotChangeTheRotationRules() {
        RotationSetting rotation = service.rotation(networkId);
        rotation.setPracticesPerWeek(3);
        assertThatThrownBy(() -> service.saveRotation(rotation)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aHardRuleCannotBeSwitchedOff() {
        assertThatThrownBy(() -> service.change(networkId, PlanWeights.ROOM_DOUBLE_BOOKED, 0))
                .isInstanceOf(InvalidEditException.class)
                .hasMessageContaining("only soft rules can be switched off");
    }

    @Test
    @WithUserDetails(value = "pm.castle", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aPracticeManagerCannotChangeWeights() {
        assertThatThrownBy(() -> service.change(networkId, PlanWeights.ROOM_CHANGES, 2))
                .isInstanceOf(AccessDeniedException.class);
    }
}
