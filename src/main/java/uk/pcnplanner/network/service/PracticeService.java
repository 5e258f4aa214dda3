package uk.pcnplanner.network.service;

import static uk.pcnplanner.base.service.EditChecks.require;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.pcnplanner.base.service.AuditedEdits;
import uk.pcnplanner.base.service.InvalidEditException;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.domain.Practice;
import uk.pcnplanner.network.domain.PracticeRepository;
import uk.pcnplanner.security.CurrentUser;
import uk.pcnplanner.security.PortalUser;
import uk.pcnplanner.security.UserRole;
import uk.pcnplanner.security.ClinicalDirectorOnly;
import uk.pcnplanner.security.AnyPortalUser;

/** The member practices. Clinical directors manage them; a practice manager sees their own. */
@Service
public class PracticeService {

    private final PracticeRepository practices;
    private final NetworkService networks;
    private final PracticeUsage usage;
    private final CurrentUser currentUser;
    private final AuditedEdits edits;

    PracticeService(
            PracticeRepository practices,
            NetworkService networks,
            PracticeUsage usage,
            CurrentUser currentUser,
            AuditedEdits edits) {
        this.practices = practices;
        this.networks = networks;
        this.usage = usage;
        this.currentUser = currentUser;
        this.edits = edits;
    }

    /** Every practice for a clinical director or supervisor; a practice manager's own only. */
    @AnyPortalUser
    @Transactional(readOnly = true)
    public List<Practice> practices() {
        PortalUser user = currentUser.require();
        List<Practice> all = networks.current().map(practices::findByNetworkOrderByName).orElse(List.of());
        if (user.is(UserRole.PRACTICE_MANAGER)) {
            return all.stream().filter(p -> p.getId().equals(user.practiceId())).toList();
        }
        return all;
    }

    @AnyPortalUser
    @Transactional(readOnly = true)
    public Practice practice(Long id) {
        currentUser.requirePractice(id);
        return practices.findById(id).orElseThrow(() -> new IllegalArgumentException("No practice with id " + id));
    }

    @ClinicalDirectorOnly
    @Transactional(readOnly = true)
    public Practice newPractice() {
        return new Practice(networks.requireCurrent(), "", "", 0);
    }

    @ClinicalDirectorOnly
    @Transactional
    public Practice save(Practice edited) {
        return edits.save(practices, edited, this::validate);
    }

    /** Deletes a practice with its rooms and clinic demand, unless people or plans still use it. */
    @ClinicalDirectorOnly
    @Transactional
    public void delete(Practice practice) {
        edits.delete(practices, practice, stored -> {
            String inUse = usage.whyInUse(stored);
            if (inUse != null) {
                throw new InvalidEditException("Practice", stored.getName() + " cannot be deleted: " + inUse);
            }
            usage.deleteRoomsAndDemand(stored);
        });
    }

    private void validate(Practice practice) {
        String code = practice.getCode() == null ? "" : practice.getCode().trim();
        require(!code.isEmpty(), "Practice code", "enter the practice code, e.g. its ODS code C84001");
        require(code.length() <= 20, "Practice code", "at most 20 characters, got " + code.length());
        require(practice.getName() != null && !practice.getName().isBlank(), "Name", "enter the practice name");
        require(practice.getListSize() >= 0, "List size", "must be 0 or more, got " + practice.getListSize());
        require(
                practice.getLinkWorkerSessions() == null || practice.getLinkWorkerSessions() >= 0,
                "Link worker sessions per week",
                "must be 0 or more, got " + practice.getLinkWorkerSessions());
        Network network = practice.getNetwork();
        practices.findByNetworkAndCodeIgnoreCase(network, code)
                .filter(other -> !other.getId().equals(practice.getId()))
                .ifPresent(other -> {
                    throw new InvalidEditException("Practice code", code + " is already used by " + other.getName());
                });
        practice.setCode(code);
        practice.setName(practice.getName().trim());
    }
}
