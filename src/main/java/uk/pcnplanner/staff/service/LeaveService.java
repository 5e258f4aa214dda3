package uk.pcnplanner.staff.service;

import static uk.pcnplanner.base.service.EditChecks.require;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.pcnplanner.audit.AuditService;
import uk.pcnplanner.base.service.EditChecks;
import uk.pcnplanner.base.service.InvalidEditException;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.service.NetworkService;
import uk.pcnplanner.security.ClinicalDirectorOnly;
import uk.pcnplanner.security.CurrentUser;
import uk.pcnplanner.security.DirectorOrPracticeManager;
import uk.pcnplanner.security.PortalUser;
import uk.pcnplanner.security.UserRole;
import uk.pcnplanner.staff.domain.LeavePeriod;
import uk.pcnplanner.staff.domain.LeavePeriodRepository;
import uk.pcnplanner.staff.domain.Staff;
import uk.pcnplanner.staff.domain.StaffRepository;
import uk.pcnplanner.time.Half;

/**
 * Leave, whole or half days. The clinical director records it; a practice manager sees the
 * leave of the people who work at their practice, because it empties their rooms.
 */
@Service
public class LeaveService {

    private final LeavePeriodRepository leave;
    private final StaffRepository staff;
    private final NetworkService networks;
    private final WorkPlaces workPlaces;
    private final CurrentUser currentUser;
    private final AuditService audit;

    LeaveService(
            LeavePeriodRepository leave,
            StaffRepository staff,
            NetworkService networks,
            WorkPlaces workPlaces,
            CurrentUser currentUser,
            AuditService audit) {
        this.leave = leave;
        this.staff = staff;
        this.networks = networks;
        this.workPlaces = workPlaces;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @DirectorOrPracticeManager
    @Transactional(readOnly = true)
    public List<LeavePeriod> leave() {
        PortalUser user = currentUser.require();
        Network network = networks.requireCurrent();
        List<LeavePeriod> all = leave.findByStaffNetworkOrderByFromDate(network);
        if (user.is(UserRole.CLINICAL_DIRECTOR)) {
            return all;
        }
        Set<String> clinicRoles = workPlaces.clinicRoles(network);
        return all.stream()
                .filter(l -> user.practiceId() != null
                        && WorkPlaces.mayWorkAt(l.getStaff(), user.practiceId(), clinicRoles))
                .toList();
    }

    /** Records leave; refuses dates in the wrong order, a half that is not one day, and overlaps. */
    @ClinicalDirectorOnly
    @Transactional
    public LeavePeriod add(Long staffId, LocalDate from, LocalDate to, Half half) {
        Staff person = staff.findById(staffId)
                .orElseThrow(() -> new IllegalArgumentException("No staff member with id " + staffId));
        require(from != null, "From", "enter the first day of leave");
        require(to != null, "To", "enter the last day of leave");
        require(!to.isBefore(from), "To", "must be on or after From (" + from + "), got " + to);
        require(half == null || from.equals(to), "Sessions", "a half day is one date: From and To must be the same");
        LeavePeriod added = new LeavePeriod(person, from, to, half);
        leave.findByStaffOrderByFromDate(person).stream()
                .filter(added::overlaps)
                .findFirst()
                .ifPresent(existing -> {
                    throw new InvalidEditException("From", person.getName() + " already has leave on "
                            + existing.describe());
                });
        LeavePeriod saved = leave.save(added);
        audit.created(saved);
        return saved;
    }

    @ClinicalDirectorOnly
    @Transactional
    public void delete(LeavePeriod shown) {
        LeavePeriod stored = EditChecks.stored(leave.findById(shown.getId()), shown);
        EditChecks.requireUnchanged(stored, shown);
        leave.delete(stored);
        audit.deleted(stored);
    }
}
