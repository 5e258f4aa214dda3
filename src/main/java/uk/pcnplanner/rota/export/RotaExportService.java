package uk.pcnplanner.rota.export;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.domain.PracticeRepository;
import uk.pcnplanner.network.service.NetworkService;
import uk.pcnplanner.rota.publish.domain.PublicationRepository;
import uk.pcnplanner.security.ClinicalDirectorOnly;
import uk.pcnplanner.solver.draft.PlanDraft;
import uk.pcnplanner.solver.draft.PlanDraftRepository;
import uk.pcnplanner.solver.service.PlanProblems;
import uk.pcnplanner.solver.service.PlanReviewService;
import uk.pcnplanner.staff.domain.Staff;
import uk.pcnplanner.staff.domain.StaffRepository;

/**
 * The rota workbook of the network's latest draft, for the command line and the rota views' export;
 * its "changed" sheet compares the draft with the latest publication.
 */
@Service
public class RotaExportService {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    private final NetworkService networks;
    private final PracticeRepository practices;
    private final StaffRepository staff;
    private final PlanDraftRepository drafts;
    private final PlanProblems problems;
    private final PlanReviewService review;
    private final PublicationRepository publications;

    RotaExportService(NetworkService networks, PracticeRepository practices, StaffRepository staff,
            PlanDraftRepository drafts, PlanProblems problems, PlanReviewService review,
            PublicationRepository publications) {
        this.networks = networks;
        this.practices = practices;
        this.staff = staff;
        this.drafts = drafts;
        this.problems = problems;
        this.review = review;
        this.publications = publications;
    }

    /** The whole network's rota workbook; the draft's score explanation fills its Score sheet. */
    @ClinicalDirectorOnly
    @Transactional(readOnly = true)
    public byte[] networkWorkbook() {
        return RotaWorkbookWriter.bytes(networkPlan());
    }

    /** The latest draft, compared with the latest publication. */
    @ClinicalDirectorOnly
    @Transactional(readOnly = true)
    public RotaPlan networkPlan() {
        Network network = networks.requireCurrent();
        return latestDraft().orElseThrow(() -> new IllegalStateException(
                "No rota has been solved for " + network.getName() + " yet: solve it first"));
    }

    /** As {@link #networkPlan()}, empty when nothing has been solved yet (so a caller's transaction stays usable). */
    @ClinicalDirectorOnly
    @Transactional(readOnly = true)
    public Optional<RotaPlan> latestDraft() {
        Network network = networks.requireCurrent();
        return drafts.findFirstByNetworkOrderByIdDesc(network).map(found -> {
            RotaPlan draft = draft(network, found);
            return publications.findFirstByNetworkOrderByIdDesc(network)
                    .map(published -> draft.withChanges(Changes.between(
                            PublishedPlans.plan(published, draft.practices()), draft)))
                    .orElse(draft);
        });
    }

    private RotaPlan draft(Network network, PlanDraft draft) {
        Map<String, String> names = staff.findByNetworkOrderByName(network).stream()
                .collect(Collectors.toMap(Staff::getStaffCode, Staff::getName));
        RotaPlans plans = new RotaPlans(network, names, problems.current(network.getId()));
        String status = "Draft of " + WHEN.format(draft.getCreatedAt().atZone(LONDON)) + ", not published";
        return plans.plan(practices.findByNetworkOrderByName(network), draft, review.explain(network.getId()), status);
    }
}
