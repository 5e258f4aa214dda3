package uk.pcnplanner.staff.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.pcnplanner.base.service.InvalidEditException;
import uk.pcnplanner.staff.domain.Staff;
import uk.pcnplanner.supervision.DemoPeople;
import uk.pcnplanner.supervision.SupervisionTestConfig;

/** A supervisor never holds more supervisees than their capacity; Dr Patel (2001) holds four in the demo. */
@SpringBootTest
@Import(SupervisionTestConfig.class)
@WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
class SupervisorCapacityTest {

    @Autowired
    StaffService staff;

    @Autowired
    DemoPeople people;

    @Test
    void assigningASuperviseeToASupervisorAtCapacityIsRefusedWithTheReason() {
        setCapacity("2001", 4);
        try {
            Staff amara = staff.forEdit(people.id("1001"));
            Staff oConnor = amara.getSupervisor();
            amara.setSupervisor(staff.forEdit(people.id("2001")));

            assertThatThrownBy(() -> staff.save(amara))
                    .isInstanceOf(InvalidEditException.class)
                    .hasMessage("Supervisor: Dr Priya Patel already supervises 4 people, their capacity is 4");
            assertThat(staff.forEdit(people.id("1001")).getSupervisor()).isEqualTo(oConnor);
        } finally {
            setCapacity("2001", 6);
        }
    }

    @Test
    void aCapacityBelowTheSuperviseesAlreadyHeldIsRefused() {
        Staff patel = staff.forEdit(people.id("2001"));
        patel.setSuperviseeCapacity(3);

        assertThatThrownBy(() -> staff.save(patel))
                .isInstanceOf(InvalidEditException.class)
                .hasMessage("Supervisee capacity: Dr Priya Patel already supervises 4 people: give some of them "
                        + "another supervisor before lowering the capacity below 4");
        assertThat(staff.forEdit(people.id("2001")).getSuperviseeCapacity()).isEqualTo(6);
    }

    private void setCapacity(String staffCode, int capacity) {
        Staff person = staff.forEdit(people.id(staffCode));
        person.setSuperviseeCapacity(capacity);
        staff.save(person);
    }
}
