package uk.pcnplanner.staff.service;

import static uk.pcnplanner.base.service.EditChecks.require;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;
import uk.pcnplanner.base.service.InvalidEditException;
import uk.pcnplanner.rota.domain.Booking;
import uk.pcnplanner.staff.domain.Bands;
import uk.pcnplanner.staff.domain.Funding;
import uk.pcnplanner.staff.domain.Staff;
import uk.pcnplanner.staff.domain.StaffRepository;

/** What a staff record must satisfy before it is saved, whoever or whatever is saving it. */
@Component
class StaffRules {

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
        require(s.getBand() == null || Bands.ALL.contains(s.getBand()), "Band",
                "must be one of " + String.join(", ", Bands.ALL) + ", got " + s.getBand());
        require(s.getAnnualSalary() == null || s.getAnnualSalary().signum() > 0, "Annual salary",
                "must be more than £0, got " + s.getAnnualSalary());
        require(s.getFunding() != Funding.ARRS || s.getBand() != null || s.getAnnualSalary() != null, "Band",
                "an ARRS-funded post needs a band or an annual salary");
        require(s.getEndDate() == null || s.getStartDate() == null || !s.getEndDate().isBefore(s.getStartDate()),
                "End date", "must be on or after the start date " + s.getStartDate());
        require(!s.getWorkingSessions().isEmpty(), "Working sessions", "enter the sessions they work, e.g. Mon-Wed");
        require(s.getSuperviseeCapacity() >= 0, "Supervisee capacity", "must be 0 or more");
        checkCapacityCoversSupervisees(s);
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

    private void checkCapacityCoversSupervisees(Staff s) {
        long held = s.isNew() ? 0 : staff.countBySupervisor(s);
        require(s.getSuperviseeCapacity() >= held, "Supervisee capacity", s.getName() + " already supervises " + held
                + " people: give some of them another supervisor before lowering the capacity below " + held);
    }

    private void checkSupervisor(Staff s) {
        if (s.getSupervisor() == null) {
            return;
        }
        // The form's copy of the supervisor may be older than their record: check the stored one.
        Staff supervisor = staff.findById(s.getSupervisor().getId()).orElseThrow(() -> new InvalidEditException(
                "Supervisor", s.getSupervisor().getName() + " is no longer on the staff list"));
        require(!supervisor.equals(s), "Supervisor", "someone cannot supervise themselves");
        require(supervisor.isSupervisor(), "Supervisor",
                supervisor.getName() + " has no supervision windows: add their windows first");
        long held = staff.findBySupervisorOrderByName(supervisor).stream().filter(x -> !x.equals(s)).count();
        require(held < supervisor.getSuperviseeCapacity(), "Supervisor", supervisor.getName()
                + " already supervises " + held + " people, their capacity is " + supervisor.getSuperviseeCapacity());
    }

    /**
     * Leave and the person's own fixed bookings go with them, as does their portal login; in
     * bookings they only joined (a group supervision) the others keep their place.
     */
    void deleteDependents(Staff s) {
        em.createQuery("delete from LeavePeriod l where l.staff = :s").setParameter("s", s).executeUpdate();
        em.createQuery("select b from Booking b where :s member of b.with", Booking.class)
                .setParameter("s", s)
                .getResultList()
                .forEach(b -> b.getWith().remove(s));
        em.createQuery("select b from Booking b where b.staff = :s", Booking.class)
                .setParameter("s", s)
                .getResultList()
                .forEach(em::remove);
        em.createQuery("delete from AppUser u where u.staff = :s").setParameter("s", s).executeUpdate();
    }
}
