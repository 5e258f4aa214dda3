package uk.pcnplanner.rota.export;

import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.domain.PracticeRepository;
import uk.pcnplanner.network.service.NetworkService;
import uk.pcnplanner.security.ClinicalDirectorOnly;
import uk.pcnplanner.solver.draft.PlanDraft;
import uk.pcnplanner.solver.draft.PlanDraftRepository;
import uk.pcnplanner.solver.service.PlanProblems;
import uk.pcnplanner.solver.service.PlanReviewService;
import uk.pcnplanner.staff.domain.Staff;
import uk.pcnplanner.staff.domain.StaffRepository;

/** The rota workbook of the network's latest draft, for the command line and the rota views' export. */
@Service
public class RotaExportService {

    private final NetworkService networks;
    private final PracticeRepository practices;
    private final StaffRepository staff;
    private final PlanDraftRepository drafts;
    private final PlanProblems problems;
    private final PlanReviewService review;

    RotaExportService(NetworkService networks, PracticeRepository practices, StaffRepository staff,
            PlanDraftRepository drafts, PlanProblems problems, PlanReviewService review) {
        this.networks = networks;
        this.practices = practices;
        this.staff = staff;
        this.drafts = drafts;
        this.problems = problems;
        this.review = review;
    }

    /** The whole network's rota workbook; the draft's score explanation fills its Score sheet. */
    @ClinicalDirectorOnly
    @Transactional(readOnly = true)
    public byte[] networkWorkbook() {
        return RotaWorkbookWriter.bytes(build());
    }

    @ClinicalDirectorOnly
    @Transactional(readOnly = true)
    public RotaPlan networkPlan() {
        return build();
    }

    private RotaPlan build() {
        Network network = networks.requireCurrent();
        PlanDraft draft = drafts.findFirstByNetworkOrderByIdDesc(network).orElseThrow(() -> new IllegalStateException(
                "No rota has been solved for " + network.getName() + " yet: solve it first"));
        Map<String, String> names = staff.findByNetworkOrderByName(network).stream()
                .collect(Collectors.toMap(Staff::getStaffCode, Staff::getName));
        RotaPlans plans = new RotaPlans(network, names, problems.current(network.getId()));
        return plans.plan(practices.findByNetworkOrderByName(network), draft, review.explain(network.getId()));
    }
}
