package uk.pcnplanner.calendar.service;

import org.springframework.security.access.AccessDeniedException;
import uk.pcnplanner.security.PortalUser;
import uk.pcnplanner.staff.domain.Staff;

/**
 * Whose calendar a portal user may download: the clinical director everyone's, a practice manager
 * those based at their practice, and anyone with a staff record their own.
 */
final class CalendarAccess {

    private CalendarAccess() {}

    static boolean mayDownload(PortalUser user, Staff person) {
        return switch (user.role()) {
            case CLINICAL_DIRECTOR -> true;
            case PRACTICE_MANAGER -> person.getBasePractice().getId().equals(user.practiceId())
                    || person.getId().equals(user.staffId());
            case SUPERVISOR -> person.getId().equals(user.staffId());
        };
    }

    static void require(PortalUser user, Staff person) {
        if (!mayDownload(user, person)) {
            throw new AccessDeniedException(switch (user.role()) {
                case PRACTICE_MANAGER -> "You can only download the calendars of staff based at your practice; "
                        + person.getName() + " is based at " + person.getBasePractice().getName();
                default -> "You can only download your own calendar";
            });
        }
    }
}
