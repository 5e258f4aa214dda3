package uk.pcnplanner.staff.service;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.pcnplanner.base.service.AuditedEdits;
import uk.pcnplanner.base.service.InvalidEditException;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.domain.Practice;
import uk.pcnplanner.network.domain.PracticeRepository;
import uk.pcnplanner.network.service.NetworkService;
import uk.pcnplanner.roles.domain.Role;
import uk.pcnplanner.roles.domain.RoleRepository;
import uk.pcnplanner.security.CurrentUser;
import uk.pcnplanner.security.PortalUser;
import uk.pcnplanner.security.UserRole;
import uk.pcnplanner.staff.domain.Staff;
import uk.pcnplanner.staff.domain.StaffRepository;
import uk.pcnplanner.security.ClinicalDirectorOnly;
import uk.pcnplanner.security.DirectorOrPracticeManager;

/**
 * Staff records. The clinical director sees and edits everyone; a practice manager sees the
 * people who work at their practice, without pay details.
 */
@Service
public class StaffService {

    private final StaffRepository staff;
    private final PracticeRepository practices;
    private final RoleRepository roles;
    private final NetworkService networks;
    private final WorkPlaces workPlaces;
    private final StaffRules rules;
    private final CurrentUser currentUser;
    private final AuditedEdits edits;

    StaffService(
            StaffRepository staff,
            PracticeRepository practices,
            RoleRepository roles,
            NetworkService networks,
            WorkPlaces workPlaces,
            StaffRules rules,
            CurrentUser currentUser,
            AuditedEdits edits) {
        this.staff = staff;
        this.practices = practices;
        this.roles = roles;
        this.networks = networks;
        this.workPlaces = workPlaces;
        this.rules = rules;
        this.currentUser = currentUser;
        this.edits = edits;
    }

    @DirectorOrPracticeManager
    @Transactional(readOnly = true)
    public List<StaffListItem> list(StaffFilter filter) {
        PortalUser user = currentUser.require();
        Network network = networks.requireCurrent();
        boolean director = user.is(UserRole.CLINICAL_DIRECTOR);
        Predicate<Staff> visible = director ? s -> true : worksAtOwnPractice(network, user);
        return staff.findByNetworkOrderByName(network).stream()
                .filter(visible)
                .filter(matches(filter, network))
                .map(s -> StaffListItem.of(s, director))
                .toList();
    }

    /** One person, refused when a practice manager asks for someone outside their practice. */
    @DirectorOrPracticeManager
    @Transactional(readOnly = true)
    public StaffListItem item(Long id) {
        PortalUser user = currentUser.require();
        Staff person = find(id);
        boolean director = user.is(UserRole.CLINICAL_DIRECTOR);
        if (!director && !worksAtOwnPractice(person.getNetwork(), user).test(person)) {
            throw new AccessDeniedException("You can only see staff who work at your practice");
        }
        return StaffListItem.of(person, director);
    }

    @ClinicalDirectorOnly
    @Transactional(readOnly = true)
    public Staff forEdit(Long id) {
        return find(id);
    }

    /** A blank record for the add form: a link worker at the first practice until the form says otherwise. */
    @ClinicalDirectorOnly
    @Transactional(readOnly = true)
    public Staff newStaff() {
        Network network = networks.requireCurrent();
        Practice base = practices.findByNetworkOrderByName(network).stream()
                .findFirst()
                .orElseThrow(() -> new InvalidEditException("Base practice", "add a practice before adding staff"));
        Role linkWorker = roles.findById(Role.LINK_WORKER).orElseThrow();
        return new Staff(network, "", "", linkWorker, base);
    }

    @ClinicalDirectorOnly
    @Transactional(readOnly = true)
    public List<Staff> supervisors() {
        return staff.findByNetworkOrderByName(networks.requireCurrent()).stream()
                .filter(Staff::isSupervisor)
                .toList();
    }

    @ClinicalDirectorOnly
    @Transactional
    public Staff save(Staff edited) {
        return edits.save(staff, edited, rules::check);
    }

    @ClinicalDirectorOnly
    @Transactional
    public void delete(Staff person) {
        edits.delete(staff, person, stored -> {
            long supervisees = staff.countBySupervisor(stored);
            if (supervisees > 0) {
                throw new InvalidEditException("Staff", stored.getName() + " cannot be deleted: they supervise "
                        + supervisees + " people. Give them another supervisor first.");
            }
            rules.deleteDependents(stored);
        });
    }

    private Staff find(Long id) {
        return staff.findById(id).orElseThrow(() -> new IllegalArgumentException("No staff member with id " + id));
    }

    private Predicate<Staff> worksAtOwnPractice(Network network, PortalUser user) {
        if (user.practiceId() == null) {
            return s -> false;
        }
        Set<String> clinicRoles = workPlaces.clinicRoles(network);
        return s -> WorkPlaces.mayWorkAt(s, user.practiceId(), clinicRoles);
    }

    private Predicate<Staff> matches(StaffFilter filter, Network network) {
        Predicate<Staff> all = s -> true;
        if (filter.roleCode() != null) {
            all = all.and(s -> s.getRole().getCode().equals(filter.roleCode()));
        }
        if (filter.practiceId() != null) {
            Set<String> clinicRoles = workPlaces.clinicRoles(network);
            all = all.and(s -> WorkPlaces.mayWorkAt(s, filter.practiceId(), clinicRoles));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String text = filter.text().trim().toLowerCase(Locale.UK);
            all = all.and(s -> s.getName().toLowerCase(Locale.UK).contains(text)
                    || s.getStaffCode().toLowerCase(Locale.UK).contains(text));
        }
        return all;
    }
}
