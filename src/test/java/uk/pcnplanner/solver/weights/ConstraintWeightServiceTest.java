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
import uk.pcnplanner.solver.domain.PlanWeights;

@SpringBootTest
@Transactional
class ConstraintWeightServiceTest {

    @Autowired
    ConstraintWeightService service;

    @Autowired
    NetworkRepository networks;

    @Autowired
    AuditService audit;

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
