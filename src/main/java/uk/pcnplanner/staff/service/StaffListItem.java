package uk.pcnplanner.staff.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import uk.pcnplanner.staff.domain.Funding;
import uk.pcnplanner.staff.domain.Staff;

/**
 * A row of the staff list. Salary is null for anyone who may not see pay: the services leave it
 * out rather than trusting the screen to hide it.
 */
public record StaffListItem(
        Long id,
        String staffCode,
        String name,
        String roleCode,
        String roleName,
        BigDecimal wte,
        String band,
        BigDecimal annualSalary,
        LocalDate startDate,
        LocalDate endDate,
        String basePractice,
        String workingSessions,
        String supervisor,
        Funding funding) {

    static StaffListItem of(Staff staff, boolean withPay) {
        return new StaffListItem(
                staff.getId(),
                staff.getStaffCode(),
                staff.getName(),
                staff.getRole().getCode(),
                staff.getRole().getName(),
                staff.getWte(),
                withPay ? staff.getBand() : null,
                withPay ? staff.getAnnualSalary() : null,
                staff.getStartDate(),
                staff.getEndDate(),
                staff.getBasePractice().getName(),
                staff.getWorkingSessions().toString(),
                staff.getSupervisor() == null ? null : staff.getSupervisor().getName(),
                staff.getFunding());
    }
}
