package uk.pcnplanner.rota.publish.service;

import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.domain.PracticeRepository;
import uk.pcnplanner.network.service.NetworkService;
import uk.pcnplanner.rota.export.Changes;
import uk.pcnplanner.rota.export.PublishedPlans;
import uk.pcnplanner.rota.export.RotaPlan;
import uk.pcnplanner.rota.export.RotaPlan.PracticeRef;
import uk.pcnplanner.rota.export.RotaWorkbookWriter;
import uk.pcnplanner.rota.publish.domain.Publication;
import uk.pcnplanner.rota.publish.domain.PublicationRepository;
import uk.pcnplanner.security.AnyPortalUser;
import uk.pcnplanner.security.CurrentUser;
import uk.pcnplanner.security.DirectorOrPracticeManager;
import uk.pcnplanner.security.PortalUser;
import uk.pcnplanner.security.UserRole;
import uk.pcnplanner.staff.domain.StaffRepository;

/**
 * The published rota as each user may see it: the clinical director any practice or all of them, a
 * practice manager only their own practice, a staff login only their own items. Never a draft.
 */
@Service
public class PublishedRotaService {

    private final NetworkService networks;
    private final PublicationRepository publications;
    private final PracticeRepository practices;
    private final StaffRepository staff;
    private final CurrentUser currentUser;

    PublishedRotaService(NetworkService networks, PublicationRepository publications, PracticeRepository practices,
            StaffRepository staff, CurrentUser currentUser) {
        this.networks = networks;
        this.publications = publications;
        this.practices = practices;
        this.staff = staff;
        this.currentUser = currentUser;
    }

    /** The practices this user may look at: every one for the clinical director, their own for a practice manager. */
    @DirectorOrPracticeManager
    @Transactional(readOnly = true)
    public List<PracticeRef> practices() {
        Network network = networks.requireCurrent();
        PortalUser user = currentUser.require();
        return practices.findByNetworkOrderByName(network).stream()
                .filter(p -> user.is(UserRole.CLINICAL_DIRECTOR) || p.getId().equals(user.practiceId()))
                .map(p -> new PracticeRef(p.getCode(), p.getName())).toList();
    }

    /**
     * A publication (the latest when {@code publicationId} is null) for one practice, or for all when
     * {@code practiceCode} is null and the user is the clinical director; its changes are since the one before.
     */
    @DirectorOrPracticeManager
    @Transactional(readOnly = true)
    public Optional<RotaPlan> rota(Long publicationId, String practiceCode) {
        List<PracticeRef> allowed = allowedPractices(practiceCode);
        // The whole network includes what happens at no practice: remote supervision.
        boolean wholeNetwork = practiceCode == null && allowed.size() == all().size();
        return publication(publicationId).map(p -> {
            RotaPlan plan = withChanges(p, allowed);
            return wholeNetwork ? plan : Scopes.practices(plan, allowed);
        });
    }

    /** The rota workbook of {@link #rota}, with the same limits; empty when nothing is published yet. */
    @DirectorOrPracticeManager
    @Transactional(readOnly = true)
    public Optional<byte[]> workbook(Long publicationId, String practiceCode, RotaWorkbookWriter.Progress progress) {
        return rota(publicationId, practiceCode).map(plan -> RotaWorkbookWriter.bytes(plan, progress));
    }

    /** A staff login's own published items, wherever they are. */
    @AnyPortalUser
    @Transactional(readOnly = true)
    public Optional<RotaPlan> myRota(Long publicationId) {
        Long staffId = currentUser.require().staffId();
        if (staffId == null) {
            throw new AccessDeniedException("Only a login that belongs to a member of staff has its own rota");
        }
        String code = staff.findById(staffId).orElseThrow().getStaffCode();
        List<PracticeRef> all = all();
        return publication(publicationId).map(p -> Scopes.person(PublishedPlans.plan(p, all), code));
    }

    private RotaPlan withChanges(Publication publication, List<PracticeRef> practices) {
        RotaPlan plan = PublishedPlans.plan(publication, practices);
        return publications.findFirstByNetworkAndIdLessThanOrderByIdDesc(publication.getNetwork(), publication.getId())
                .map(previous -> plan.withChanges(Changes.between(PublishedPlans.plan(previous, practices), plan)))
                .orElse(plan);
    }

    private Optional<Publication> publication(Long id) {
        Network network = networks.requireCurrent();
        if (id == null) {
            return publications.findFirstByNetworkOrderByIdDesc(network);
        }
        return publications.findById(id).filter(p -> p.getNetwork().getId().equals(network.getId()));
    }

    /** The horizontal check: a practice manager asking for another practice, or for all, is refused. */
    private List<PracticeRef> allowedPractices(String practiceCode) {
        List<PracticeRef> mine = practices();
        if (practiceCode == null) {
            return mine;
        }
        return mine.stream().filter(p -> p.code().equalsIgnoreCase(practiceCode)).findFirst().map(List::of)
                .orElseThrow(() -> new AccessDeniedException("You can only see your own practice's rota"));
    }

    private List<PracticeRef> all() {
        return practices.findByNetworkOrderByName(networks.requireCurrent()).stream()
                .map(p -> new PracticeRef(p.getCode(), p.getName())).toList();
    }
}
