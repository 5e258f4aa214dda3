package uk.pcnplanner.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.domain.NetworkRepository;
import uk.pcnplanner.network.domain.PayArea;
import uk.pcnplanner.network.domain.Practice;
import uk.pcnplanner.network.domain.PracticeRepository;
import uk.pcnplanner.network.domain.Room;
import uk.pcnplanner.network.domain.RoomRepository;
import uk.pcnplanner.network.domain.RoomType;
import uk.pcnplanner.security.AppUser;
import uk.pcnplanner.security.AppUserRepository;
import uk.pcnplanner.security.UserRole;
import uk.pcnplanner.staff.domain.Funding;
import uk.pcnplanner.staff.domain.Staff;
import uk.pcnplanner.staff.domain.StaffRepository;
import uk.pcnplanner.supervision.domain.SupervisionRuleRepository;
import uk.pcnplanner.time.SessionSet;

@SpringBootTest
@Transactional
class DemoNetworkTest {

    @Autowired
    NetworkRepository networks;

    @Autowired
    PracticeRepository practices;

    @Autowired
    RoomRepository rooms;

    @Autowired
    StaffRepository staffRepository;

    @Autowired
    SupervisionRuleRepository rules;

    @Autowired
    AppUserRepository users;

    @Autowired
    PasswordEncoder encoder;

    private Network network;
    private List<Staff> staff;

    @BeforeEach
    void loadNetwork() {
        network = networks.findFirstByOrderByIdAsc().orElseThrow();
        staff = staffRepository.findByNetworkOrderByName(network);
    }

    @Test
    void theNetworkIsNorthgateAndRiversideStartingItsRotaInJanuary2027() {
        assertThat(networks.count()).isEqualTo(1);
        assertThat(network.getName()).isEqualTo("Northgate and Riverside PCN");
        assertThat(network.getOdsCode()).isEqualTo("U84015");
        assertThat(network.getWeightedPopulation()).isEqualByComparingTo(new BigDecimal("54300"));
        assertThat(network.getRotaStart()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(network.getRotaWeeks()).isEqualTo(4);
        assertThat(network.getFinancialYear()).isEqualTo("2026/27");
        assertThat(network.getPayArea()).isEqualTo(PayArea.NATIONAL);
    }

    @Test
    void sevenPracticesServe52100Patients() {
        List<Practice> list = practices.findByNetworkOrderByName(network);

        assertThat(list).hasSize(7);
        assertThat(list.stream().mapToInt(Practice::getListSize).sum()).isEqualTo(52_100);
        assertThat(practice("C84007").getOpenSessions()).isEqualTo(SessionSet.parse("Mon-Thu, Fri AM"));
        assertThat(practice("C84002").getLinkWorkerSessions()).isEqualTo(6);
    }

    @Test
    void castleSurgeryHasAGroundFloorRoom1AndAnUpstairsOffice() {
        assertThat(rooms.findByPracticeNetworkOrderByPracticeNameAscNameAsc(network)).hasSizeBetween(25, 35);
        Room room1 = rooms.findByPracticeAndNameIgnoreCase(practice("C84001"), "Room 1").orElseThrow();
        Room office = rooms.findByPracticeAndNameIgnoreCase(practice("C84001"), "Upstairs Office").orElseThrow();

        assertThat(room1.getType()).isEqualTo(RoomType.CONSULTING);
        assertThat(room1.isAccessible()).isTrue();
        assertThat(room1.getUnavailable()).isEqualTo(SessionSet.parse("Mon-Fri AM"));
        assertThat(office.getType()).isEqualTo(RoomType.OFFICE);
        assertThat(office.isAccessible()).isFalse();
    }

    @Test
    void aboutThirtyFiveStaffAreSupervisedByFourPracticeFundedGps() {
        List<Staff> gps = ofRole("GP");

        assertThat(staff).hasSizeBetween(33, 40);
        assertThat(gps).extracting(Staff::getStaffCode).containsExactlyInAnyOrder("2001", "2002", "2003", "2004");
        assertThat(gps).allSatisfy(gp -> {
            assertThat(gp.isSupervisor()).isTrue();
            assertThat(gp.getFunding()).isEqualTo(Funding.PRACTICE);
        });
        assertThat(staff).filteredOn(s -> !s.getRole().getCode().equals("GP"))
                .extracting(Staff::getFunding)
                .containsOnly(Funding.ARRS);
    }

    @Test
    void everyLinkWorkerCoachAndCareCoordinatorHasANamedSupervisor() {
        assertThat(staff).filteredOn(s -> List.of("SPLW", "HWC", "CC").contains(s.getRole().getCode()))
                .hasSizeGreaterThanOrEqualTo(14)
                .allSatisfy(s -> assertThat(s.getSupervisor()).as(s.getName()).isNotNull());
    }

    @Test
    void noSupervisorHoldsMoreSuperviseesThanTheirCapacity() {
        assertThat(ofRole("GP")).allSatisfy(gp -> assertThat(staffRepository.countBySupervisor(gp))
                .as(gp.getName())
                .isPositive()
                .isLessThanOrEqualTo(gp.getSuperviseeCapacity()));
    }

    @Test
    void drPriyaPatelSupervisesLinkWorkersFromCastleSurgery() {
        Staff patel = staffById().get("2001");

        assertThat(patel.getName()).isEqualTo("Dr Priya Patel");
        assertThat(patel.getBasePractice().getCode()).isEqualTo("C84001");
        assertThat(patel.getSupervisionWindows()).hasToString("Tue 12:30-13:30; Thu 16:30-17:30 remote");
        assertThat(patel.getSuperviseeCapacity()).isEqualTo(6);
        assertThat(staffRepository.findBySupervisorOrderByName(patel))
                .filteredOn(s -> s.getRole().getCode().equals("SPLW"))
                .hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void theFourDemoLoginsHaveTheirRolesBindingsAndThePasswordDemo() {
        AppUser director = user("director");
        AppUser castle = user("pm.castle");
        AppUser riverside = user("pm.riverside");
        AppUser supervisor = user("supervisor");

        assertThat(director.getRole()).isEqualTo(UserRole.CLINICAL_DIRECTOR);
        assertThat(director.getDisplayName()).isEqualTo("Dr Helen Carter");
        assertThat(castle.getRole()).isEqualTo(UserRole.PRACTICE_MANAGER);
        assertThat(castle.getDisplayName()).isEqualTo("Sarah Collins");
        assertThat(castle.getPractice().getName()).isEqualTo("Castle Surgery");
        assertThat(riverside.getDisplayName()).isEqualTo("Mark Davies");
        assertThat(riverside.getPractice().getName()).isEqualTo("Riverside Medical Centre");
        assertThat(supervisor.getRole()).isEqualTo(UserRole.SUPERVISOR);
        assertThat(supervisor.getStaff().getStaffCode()).isEqualTo("2001");
        assertThat(List.of(director, castle, riverside, supervisor))
                .allSatisfy(u -> assertThat(encoder.matches("demo", u.getPasswordHash())).isTrue());
    }

    @Test
    void theSavedNetworkIsExactlyThePlanGeneratedFromTheSeed() {
        DemoPlan plan = DemoNetworkGenerator.plan();
        Map<String, Staff> saved = staffById();

        assertThat(saved.keySet()).containsExactlyInAnyOrderElementsOf(
                plan.staff().stream().map(DemoPlan.StaffPlan::code).toList());
        assertThat(plan.staff()).allSatisfy(p -> {
            Staff s = saved.get(p.code());
            assertThat(s.getName()).isEqualTo(p.name());
            assertThat(s.getWorkingSessions()).isEqualTo(p.workingSessions());
            assertThat(s.getSupervisor() == null ? null : s.getSupervisor().getStaffCode())
                    .isEqualTo(p.supervisorCode());
        });
        assertThat(rules.findByNetworkOrderByRoleCodeAscKindAsc(network)).hasSameSizeAs(plan.rules());
    }

    private Practice practice(String code) {
        return practices.findByNetworkAndCodeIgnoreCase(network, code).orElseThrow();
    }

    private List<Staff> ofRole(String role) {
        return staff.stream().filter(s -> s.getRole().getCode().equals(role)).toList();
    }

    private Map<String, Staff> staffById() {
        return staff.stream().collect(Collectors.toMap(Staff::getStaffCode, Function.identity()));
    }

    private AppUser user(String username) {
        return users.findByUsernameIgnoreCase(username).orElseThrow();
    }
}
