package uk.pcnplanner.demo;

import static java.util.stream.Collectors.toCollection;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.pcnplanner.demo.DemoPlan.LeavePlan;
import uk.pcnplanner.demo.DemoPlan.StaffPlan;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.domain.Practice;
import uk.pcnplanner.roles.domain.Role;
import uk.pcnplanner.roles.domain.RoleRepository;
import uk.pcnplanner.staff.domain.LeavePeriod;
import uk.pcnplanner.staff.domain.LeavePeriodRepository;
import uk.pcnplanner.staff.domain.Staff;
import uk.pcnplanner.staff.domain.StaffRepository;

/** Saves the demo staff, their supervisors and their leave. */
@Component
class DemoStaffWriter {

    private final StaffRepository staff;
    private final LeavePeriodRepository leave;
    private final RoleRepository roles;

    DemoStaffWriter(StaffRepository staff, LeavePeriodRepository leave, RoleRepository roles) {
        this.staff = staff;
        this.leave = leave;
        this.roles = roles;
    }

    /** The saved staff by Staff ID. */
    Map<String, Staff> save(Network network, DemoPlan plan, Map<String, Practice> practices) {
        Map<String, Staff> byCode = new LinkedHashMap<>();
        for (StaffPlan p : plan.staff()) {
            byCode.put(p.code(), staff.save(toStaff(network, p, practices)));
        }
        // Linked once everyone is saved, so the plan may list supervisees before their supervisors.
        for (StaffPlan p : plan.staff()) {
            if (p.supervisorCode() != null) {
                byCode.get(p.code()).setSupervisor(byCode.get(p.supervisorCode()));
            }
        }
        for (LeavePlan l : plan.leave()) {
            leave.save(new LeavePeriod(byCode.get(l.staffCode()), l.from(), l.to(), l.half()));
        }
        return byCode;
    }

    private Staff toStaff(Network network, StaffPlan p, Map<String, Practice> practices) {
        Role role = roles.findById(p.roleCode())
                .orElseThrow(() -> new IllegalStateException("Role " + p.roleCode() + " is not in the catalogue"));
        Staff s = new Staff(network, p.code(), p.name(), role, practices.get(p.baseCode()));
        s.setWte(p.wte());
        s.setBand(p.band());
        s.setAnnualSalary(p.annualSalary());
        s.setStartDate(p.startDate());
        s.setEndDate(p.endDate());
        s.setWorkingSessions(p.workingSessions());
        s.setPractices(p.practiceCodes().stream().map(practices::get).collect(toCollection(LinkedHashSet::new)));
        s.setSupervisionWindows(p.windows());
        s.setSuperviseeCapacity(p.superviseeCapacity());
        s.setNeedsAccessible(p.needsAccessible());
        return s;
    }
}
