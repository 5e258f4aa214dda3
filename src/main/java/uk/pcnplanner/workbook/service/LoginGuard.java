package uk.pcnplanner.workbook.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.pcnplanner.security.AppUser;
import uk.pcnplanner.security.AppUserRepository;
import uk.pcnplanner.workbook.Messages;
import uk.pcnplanner.workbook.model.NetworkWorkbook;
import uk.pcnplanner.workbook.validate.Keys;

/**
 * Portal logins stay bound to their practice (by practice code) and staff record (by Staff ID) across
 * an import; an import that would remove either is refused rather than leave a login pointing nowhere.
 */
@Component
class LoginGuard {

    private final AppUserRepository users;

    LoginGuard(AppUserRepository users) {
        this.users = users;
    }

    List<String> wouldBreak(NetworkWorkbook content) {
        Set<String> practices = Keys.of(content.practices(), NetworkWorkbook.PracticeRow::code);
        Set<String> staff = Keys.of(content.staff(), NetworkWorkbook.StaffRow::id);
        List<String> refusals = new ArrayList<>();
        for (AppUser user : users.findAll()) {
            if (user.getPractice() != null && !practices.contains(Keys.of(user.getPractice().getCode()))) {
                refusals.add(Messages.loginPracticeGone(user.getUsername(), user.getPractice().getCode()));
            }
            if (user.getStaff() != null && !staff.contains(Keys.of(user.getStaff().getStaffCode()))) {
                refusals.add(Messages.loginStaffGone(user.getUsername(), user.getStaff().getStaffCode()));
            }
        }
        return refusals;
    }
}
