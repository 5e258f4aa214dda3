package uk.pcnplanner.staff.service;

import static uk.pcnplanner.base.service.EditChecks.require;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.pcnplanner.base.service.InvalidEditException;
import uk.pcnplanner.staff.domain.Funding;
import uk.pcnplanner.staff.domain.Staff;
import uk.pcnplanner.staff.domain.StaffRepository;

/** What a staff record must satisfy before it is saved, whoever or whatever is saving it. */
@Component
class StaffRules {

    /** Agenda for Change bands the contract accepts. */
    static final List<String> BANDS = List.of("3", "4", "5", "6", "7", "8a", "8b", "8c", "8d", "9");

    private final StaffRepository staff;
    private final EntityManager em;

    StaffRules(StaffRepository staff, EntityManager em) {
        this.staff = staff;
        this.em = em;
    }

    void check(Staff s) {
        String code = s.getStaffCode() == null ? "" : s.getStaffCode().trim();
        require(!code.isEmpty(), "Staff ID", "enter the staff ID");
        require(s.getName() != null && !s.getName().isBlank(), "Name", "enter the person's name");
        require(s.getRole() != null, "Role", "choose a role");
        require(s.getBasePractice() != null, "Base practice", "choose the practice they are based at");
        checkWte(s.getWte());
        require(s.getBand() == null || BANDS.contains(s.getBand()), "Band",
                "must be one of " + String.join(", ", BANDS) + ", got " + s.getBand());
        require(s.getAnnualSalary() == null || s.getAnnualSalary().signum() > 0, "Annual salary",
                "must be more than £0, got " + s.getAnnualSalary());
        require(s.getFunding() != Funding.ARRS || s.getBand() != null || s.getAnnualSalary() != null, "Band",
                "an ARRS-funded post needs a band or an annual salary");
        require(s.getEndDate() == null || s.getStartDate() == null || !s.getEndDate().isBefore(s.getStartDate()),
                "End date", "must be on or after the start date " + s.getStartDate());
        require(!s.getWorkingSessions().isEmpty(), "Working sessions", "enter the sessions they work, e.g. Mon-Wed");
        require(s.getSuperviseeCapacity() >= 0, "Supervisee capacity", "must be 0 or more");
        staff.findByNetworkAndStaffCodeIgnoreCase(s.getNetwork(), code)
                .filter(other -> !other.getId().equals(s.getId()))
                .ifPresent(other -> {
                    throw new InvalidEditException("Staff ID", code + " is already used by " + other.getName());
                });
        s.setStaffCode(code);
        s.setName(s.getName().trim());
        checkSupervisor(s);
    }

    private static void checkWte(BigDecimal wte) {
        require(wte != null, "WTE", "enter the whole-time equivalent, e.g. 0.8");
        require(wte.signum() > 0 && wte.compareTo(BigDecimal.ONE) <= 0, "WTE",
                "must be > 0 and ≤ 1, got " + wte.stripTrailingZeros().toPlainString());
    }

    private void checkSupervisor(Staff s) {
        Staff supervisor = s.getSupervisor();
        if (supervisor == null) {
            return;
        }
        require(!supervisor.equals(s), "Supervisor", "someone cannot supervise themselves");
        require(supervisor.isSupervisor(), "Supervisor",
                supervisor.getName() + " has no supervision windows: add their windows first");
        long held = staff.findBySupervisorOrderByName(supervisor).stream().filter(x -> !x.equals(s)).count();
        require(held < supervisor.getSuperviseeCapacity(), "Supervisor", supervisor.getName()
                + " already supervises " + held + " people, their capacity is " + supervisor.getSuperviseeCapacity());
    }

    /** Leave and fixed bookings go with the person; their portal login, if any, is removed too. */
    void deleteDependents(Staff s) {
        em.createQuery("delete from LeavePeriod l where l.staff = :s").setParameter("s", s).executeUpdate();
        List<?> bookings = em.createQuery("select b from Booking b where b.staff = :s or :s member of b.with")
                .setParameter("s", s)
                .getResultList();
        bookings.forEach(em::remove);
        em.createQuery("delete from AppUser u where u.staff = :s").setParameter("s", s).executeUpdate();
    }
}
