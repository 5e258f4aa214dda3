package uk.pcnplanner.workbook.service;

import static java.util.stream.Collectors.toCollection;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Comparator;
import org.springframework.stereotype.Component;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.domain.Practice;
import uk.pcnplanner.roles.domain.Role;
import uk.pcnplanner.roles.domain.RoleRepository;
import uk.pcnplanner.staff.domain.LeavePeriod;
import uk.pcnplanner.staff.domain.LeavePeriodRepository;
import uk.pcnplanner.staff.domain.Staff;
import uk.pcnplanner.staff.domain.StaffRepository;
import uk.pcnplanner.workbook.model.NetworkWorkbook;
import uk.pcnplanner.workbook.model.NetworkWorkbook.LeaveRow;
import uk.pcnplanner.workbook.model.NetworkWorkbook.StaffRow;
import uk.pcnplanner.workbook.validate.Keys;

/** Staff (kept by Staff ID, so a supervisor's login stays theirs), their supervisors and their leave. */
@Component
class StaffRecords {

    private final StaffRepository staff;
    private final LeavePeriodRepository leave;
    private final RoleRepository roles;

    StaffRecords(StaffRepository staff, LeavePeriodRepository leave, RoleRepository roles) {
        this.staff = staff;
        this.leave = leave;
        this.roles = roles;
    }

    String summary(Network network) {
        return staff.findByNetworkOrderByName(network).size() + " staff, "
                + leave.findByStaffNetworkOrderByFromDate(network).size() + " leave";
    }

    void deleteLeaveAndLinks(Network network) {
        leave.deleteAll(leave.findByStaffNetworkOrderByFromDate(network));
        staff.findByNetworkOrderByName(network).forEach(s -> s.setSupervisor(null));
        staff.flush();
    }

    /** The saved staff by upper-case Staff ID; people no longer in the workbook are deleted. */
    Map<String, Staff> save(Network network, NetworkWorkbook content, Map<String, Practice> practices) {
        Map<String, Role> catalogue = new HashMap<>();
        roles.findAll().forEach(role -> catalogue.put(Keys.of(role.getCode()), role));
        Map<String, Staff> existing = new HashMap<>();
        staff.findByNetworkOrderByName(network).forEach(s -> existing.put(Keys.of(s.getStaffCode()), s));
        Map<String, Staff> saved = new LinkedHashMap<>();
        for (StaffRow row : content.staff()) {
            Role role = catalogue.get(Keys.of(row.role()));
            Staff person = existing.remove(Keys.of(row.id()));
            if (person == null) {
                person = new Staff(network, row.id(), row.name(), role, practices.get(Keys.of(row.basePractice())));
            }
            copy(row, person, role, practices);
            saved.put(Keys.of(row.id()), staff.save(person));
        }
        staff.deleteAll(existing.values());
        staff.flush();
        for (StaffRow row : content.staff()) {
            Staff supervisor = row.supervisor() == null ? null : saved.get(Keys.of(row.supervisor()));
            saved.get(Keys.of(row.id())).setSupervisor(supervisor);
        }
        content.leave().forEach(row -> saveLeave(row, saved));
        return saved;
    }

    private static void copy(StaffRow row, Staff person, Role role, Map<String, Practice> practices) {
        person.setStaffCode(row.id());
        person.setName(row.name());
        person.setRole(role);
        person.setWte(row.wte());
        person.setBand(row.band());
        person.setAnnualSalary(row.annualSalary());
        person.setStartDate(row.startDate());
        person.setEndDate(row.endDate());
        person.setBasePractice(practices.get(Keys.of(row.basePractice())));
        person.setWorkingSessions(row.workingSessions());
        person.setPractices(practiceSet(row.practices(), practices));
        person.setSupervisionWindows(row.supervisionWindows());
        person.setSuperviseeCapacity(row.superviseeCapacity());
        person.setNeedsRoom(row.needsRoom());
        person.setNeedsAccessible(row.needsAccessibleRoom());
        person.setFunding(row.funding() != null ? row.funding() : Staff.defaultFunding(role));
    }

    private static LinkedHashSet<Practice> practiceSet(List<String> codes, Map<String, Practice> practices) {
        return codes.stream().map(code -> practices.get(Keys.of(code))).collect(toCollection(LinkedHashSet::new));
    }

    private void saveLeave(LeaveRow row, Map<String, Staff> saved) {
        leave.save(new LeavePeriod(saved.get(Keys.of(row.staffId())), row.from(), row.to(), row.half()));
    }

    List<StaffRow> staffRows(Network network) {
        return staff.findByNetworkOrderByName(network).stream()
                .sorted(Comparator.comparing(Staff::getStaffCode))
                .map(StaffRecords::row)
                .toList();
    }

    private static StaffRow row(Staff s) {
        return new StaffRow(0, s.getStaffCode(), s.getName(), s.getRole().getCode(), s.getWte(), s.getBand(),
                s.getAnnualSalary(), s.getStartDate(), s.getEndDate(), s.getBasePractice().getCode(),
                s.getWorkingSessions(), s.getPractices().stream().map(Practice::getCode).sorted().toList(),
                s.getSupervisor() == null ? null : s.getSupervisor().getStaffCode(), s.getSupervisionWindows(),
                s.getSuperviseeCapacity(), s.getNeedsRoom(), s.isNeedsAccessible(), s.getFunding());
    }

    List<LeaveRow> leaveRows(Network network) {
        return leave.findByStaffNetworkOrderByFromDate(network).stream()
                .sorted(Comparator.comparing((LeavePeriod l) -> l.getStaff().getStaffCode())
                        .thenComparing(LeavePeriod::getFromDate))
                .map(l -> new LeaveRow(0, l.getStaff().getStaffCode(), l.getFromDate(), l.getToDate(), l.getHalf()))
                .toList();
    }
}
