package uk.pcnplanner.supervision.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import uk.pcnplanner.base.service.InvalidEditException;
import uk.pcnplanner.network.domain.NetworkRepository;
import uk.pcnplanner.roles.domain.Role;
import uk.pcnplanner.roles.domain.RoleRepository;
import uk.pcnplanner.supervision.domain.SupervisionKind;
import uk.pcnplanner.supervision.domain.SupervisionRule;
import uk.pcnplanner.supervision.domain.SupervisionRuleRepository;

/** The rules' checks and who may change them; each test's changes are rolled back. */
@SpringBootTest
@Transactional
class SupervisionRuleServiceTest {

    @Autowired
    SupervisionRuleService service;

    @Autowired
    SupervisionRuleRepository repository;

    @Autowired
    NetworkRepository networks;

    @Autowired
    RoleRepository roles;

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void everyDemoRuleComesWithItsDefaultAndSource() {
        assertThat(service.rules()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.fallback()).isNotNull();
            assertThat(r.isDefault()).isTrue();
            assertThat(r.rule().getBasis()).isEqualTo(r.fallback().basis());
        });
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aCadenceBeyondAQuarterIsRefusedNamingTheField() {
        SupervisionRule rule = service.rules().getFirst().rule();
        rule.setEveryWeeks(14);

        assertThatThrownBy(() -> service.save(rule))
                .isInstanceOfSatisfying(InvalidEditException.class, e -> {
                    assertThat(e.field()).isEqualTo(SupervisionRuleService.CADENCE);
                    assertThat(e.reason()).isEqualTo("must be between 1 and 13 weeks for "
                            + rule.auditLabel() + ", got 14");
                });
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void onlyGroupSupervisionHasAGroupSizeAndAGroupNeedsTwoOrMore() {
        SupervisionRule oneToOne = service.rules().getFirst().rule();
        oneToOne.setGroupSize(4);
        assertThatThrownBy(() -> service.save(oneToOne))
                .isInstanceOfSatisfying(InvalidEditException.class,
                        e -> assertThat(e.field()).isEqualTo(SupervisionRuleService.GROUP_SIZE));

        SupervisionRule group = groupRuleForGps();
        group.setGroupSize(1);
        assertThatThrownBy(() -> service.save(group))
                .isInstanceOfSatisfying(InvalidEditException.class, e -> {
                    assertThat(e.field()).isEqualTo(SupervisionRuleService.GROUP_SIZE);
                    assertThat(e.reason()).startsWith("a group must have between 2 and 20 people");
                });
        group.setGroupSize(8);
        assertThat(service.save(group).getGroupSize()).isEqualTo(8);
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aRuleTheDefaultsDoNotCoverCannotBeResetToADefault() {
        SupervisionRule group = groupRuleForGps();

        assertThatThrownBy(() -> service.resetToDefault(group))
                .isInstanceOfSatisfying(InvalidEditException.class, e -> {
                    assertThat(e.field()).isEqualTo("Rule");
                    assertThat(e.reason()).contains("there is no default for");
                });
    }

    @Test
    @WithUserDetails(value = "pm.castle", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aPracticeManagerCanReadButNotChangeTheRules() {
        SupervisionRule rule = service.rules().getFirst().rule();
        rule.setMinutes(30);

        assertThatThrownBy(() -> service.save(rule)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.resetToDefault(rule)).isInstanceOf(AccessDeniedException.class);
    }

    private SupervisionRule groupRuleForGps() {
        Role gp = roles.findById(Role.GP).orElseThrow();
        return repository.saveAndFlush(new SupervisionRule(networks.findFirstByOrderByIdAsc().orElseThrow(), gp,
                SupervisionKind.GROUP, 90, 8, "Imported from the network workbook"));
    }
}
