package uk.pcnplanner.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Comparator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.domain.NetworkRepository;
import uk.pcnplanner.network.domain.Practice;
import uk.pcnplanner.network.domain.PracticeRepository;
import uk.pcnplanner.network.domain.Room;
import uk.pcnplanner.network.domain.RoomRepository;
import uk.pcnplanner.network.service.PracticeService;
import uk.pcnplanner.network.service.RoomService;
import uk.pcnplanner.staff.domain.Funding;
import uk.pcnplanner.staff.domain.Staff;
import uk.pcnplanner.staff.domain.StaffRepository;
import uk.pcnplanner.staff.service.StaffFilter;
import uk.pcnplanner.staff.service.StaffListItem;
import uk.pcnplanner.staff.service.StaffService;

/** The rules are enforced by the services, whatever the screens show. */
@SpringBootTest
class AccessRulesTest {

    @Autowired
    PracticeService practices;

    @Autowired
    RoomService rooms;

    @Autowired
    StaffService staff;

    @Autowired
    NetworkRepository networkRepository;

    @Autowired
    PracticeRepository practiceRepository;

    @Autowired
    RoomRepository roomRepository;

    @Autowired
    StaffRepository staffRepository;

    @Test
    @WithUserDetails(value = "pm.castle", setupBefore = TestExecutionEvent.TEST_METHOD)
    void practiceManagerCannotOpenAnotherPracticeOrItsRoomsById() {
        Practice riverside = practice("C84002");
        Room riversideRoom = roomRepository.findByPracticeOrderByName(riverside).getFirst();

        assertThatThrownBy(() -> practices.practice(riverside.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rooms.rooms(riverside.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rooms.room(riversideRoom.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rooms.save(riversideRoom)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rooms.newRoom(riverside.getId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(value = "pm.castle", setupBefore = TestExecutionEvent.TEST_METHOD)
    void practiceManagerSeesOnlyTheirOwnPracticeAndItsRooms() {
        Practice castle = practice("C84001");

        assertThat(practices.practices()).extracting(Practice::getCode).containsExactly("C84001");
        assertThat(rooms.rooms(castle.getId())).isNotEmpty().allMatch(r -> r.getPractice().equals(castle));
    }

    @Test
    @WithUserDetails(value = "pm.castle", setupBefore = TestExecutionEvent.TEST_METHOD)
    void practiceManagerCannotSeeStaffWhoDoNotWorkAtTheirPractice() {
        Staff outsider = staffRepository.findByNetworkOrderByName(network()).stream()
                .filter(s -> s.getPractices().isEmpty() && !s.getRole().getCode().equals("SPLW"))
                .filter(s -> !s.getBasePractice().getCode().equals("C84001"))
                .findFirst()
                .orElseThrow();

        assertThatThrownBy(() -> staff.item(outsider.getId())).isInstanceOf(AccessDeniedException.class);
        assertThat(staff.list(StaffFilter.all())).extracting(StaffListItem::id).doesNotContain(outsider.getId());
    }

    @Test
    @WithUserDetails(value = "pm.castle", setupBefore = TestExecutionEvent.TEST_METHOD)
    void practiceManagerNeverReceivesPayDetails() {
        assertThat(staff.list(StaffFilter.all()))
                .isNotEmpty()
                .allMatch(item -> item.annualSalary() == null && item.band() == null);
    }

    @Test
    @WithUserDetails(value = "pm.castle", setupBefore = TestExecutionEvent.TEST_METHOD)
    void practiceManagerCannotChangePracticesOrStaff() {
        Practice castle = practice("C84001");
        Staff someone = staffRepository.findByNetworkOrderByName(network()).getFirst();

        assertThatThrownBy(() -> practices.save(castle)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> practices.newPractice()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.forEdit(someone.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.save(someone)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(value = "supervisor", setupBefore = TestExecutionEvent.TEST_METHOD)
    void supervisorCannotBrowseStaffRecordsOrRooms() {
        assertThatThrownBy(() -> staff.list(StaffFilter.all())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rooms.rooms(practice("C84001").getId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void clinicalDirectorSeesEveryPracticeAndEveryonesPay() {
        assertThat(practices.practices()).hasSize(7);
        assertThat(staff.list(StaffFilter.all()))
                .filteredOn(item -> item.funding() == Funding.ARRS)
                .allMatch(item -> item.band() != null || item.annualSalary() != null);
    }

    @Test
    void nobodySignedInGetsNothing() {
        assertThatThrownBy(() -> practices.practices())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> staff.list(StaffFilter.all()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private Network network() {
        return networkRepository.findAll().stream().min(Comparator.comparing(Network::getId)).orElseThrow();
    }

    private Practice practice(String code) {
        return practiceRepository.findByNetworkAndCodeIgnoreCase(network(), code).orElseThrow();
    }
}
