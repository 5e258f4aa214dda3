package uk.pcnplanner.supervision.service;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import uk.pcnplanner.security.CurrentUser;
import uk.pcnplanner.security.PortalUser;
import uk.pcnplanner.security.UserRole;
import uk.pcnplanner.staff.domain.Staff;
import uk.pcnplanner.staff.domain.StaffRepository;

/**
 * The horizontal checks: a supervisor acts only as themselves and only for the people they
 * supervise; the clinical director may act for any supervisor.
 */
@Component
class SupervisionAccess {

    private final StaffRepository staff;
    private final CurrentUser currentUser;

    SupervisionAccess(StaffRepository staff, CurrentUser currentUser) {
        this.staff = staff;
        this.currentUser = currentUser;
    }

    Staff supervisor(Long supervisorId) {
        PortalUser user = currentUser.require();
        if (!user.is(UserRole.CLINICAL_DIRECTOR) && (supervisorId == null || !supervisorId.equals(user.staffId()))) {
            throw new AccessDeniedException("You can only see and book supervision for your own supervisees");
        }
        return staff.findById(supervisorId)
                .orElseThrow(() -> new IllegalArgumentException("No staff member with id " + supervisorId));
    }

    /** The supervisees asked for, each refused unless this supervisor supervises them. */
    List<Staff> supervisees(Staff supervisor, List<Long> superviseeIds) {
        List<Staff> found = staff.findAllById(superviseeIds);
        if (found.size() != superviseeIds.size() || found.stream().anyMatch(s -> !supervises(supervisor, s))) {
            throw new AccessDeniedException(supervisor.getName() + " can only book supervision for their own "
                    + "supervisees");
        }
        return superviseeIds.stream().map(id -> found.stream().filter(s -> s.getId().equals(id)).findFirst()
                .orElseThrow()).toList();
    }

    List<Staff> superviseesOf(Staff supervisor) {
        return staff.findBySupervisorOrderByName(supervisor);
    }

    private static boolean supervises(Staff supervisor, Staff supervisee) {
        return supervisee.getSupervisor() != null && supervisee.getSupervisor().getId().equals(supervisor.getId());
    }
}
