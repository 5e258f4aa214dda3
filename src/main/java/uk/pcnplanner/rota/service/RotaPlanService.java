package uk.pcnplanner.rota.service;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.domain.NetworkRepository;
import uk.pcnplanner.security.ClinicalDirectorOnly;
import uk.pcnplanner.solver.draft.PlanDraft;
import uk.pcnplanner.solver.draft.PlanDraftItem;
import uk.pcnplanner.solver.draft.PlanDraftRepository;
import uk.pcnplanner.solver.service.PlanExplanation;
import uk.pcnplanner.solver.service.PlanReviewService;

/** The draft rota the clinical director works on, and why it scores as it does. */
@Service
public class RotaPlanService {

    private final PlanDraftRepository drafts;
    private final NetworkRepository networks;
    private final PlanReviewService review;

    RotaPlanService(PlanDraftRepository drafts, NetworkRepository networks, PlanReviewService review) {
        this.drafts = drafts;
        this.networks = networks;
        this.review = review;
    }

    @ClinicalDirectorOnly
    @Transactional(readOnly = true)
    public Optional<RotaPlan> latest(long networkId) {
        return drafts.findFirstByNetworkOrderByIdDesc(network(networkId)).map(RotaPlanService::plan);
    }

    /** Every rule the current plan breaks, hard first, with the items involved in words. */
    @ClinicalDirectorOnly
    @Transactional(readOnly = true)
    public List<BrokenRule> brokenRules(long networkId) {
        PlanExplanation explanation = review.explain(networkId);
        Map<String, RotaItem> items = latest(networkId).map(RotaPlan::items).orElse(List.of()).stream()
                .collect(Collectors.toMap(RotaItem::key, Function.identity(), (a, b) -> a));
        return explanation.rules().stream().map(rule -> new BrokenRule(rule.level(), rule.rule(), rule.matches(),
                rule.impact(), involved(explanation, rule.rule(), items))).toList();
    }

    // The explanation names each item's rules as "Rule (-1hard)", so a rule's items are those naming it.
    private static List<RotaItem> involved(PlanExplanation explanation, String rule, Map<String, RotaItem> items) {
        return explanation.byItem().entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(r -> r.startsWith(rule + " (")))
                .map(e -> items.get(e.getKey()))
                .filter(Objects::nonNull)
                .toList();
    }

    private static RotaPlan plan(PlanDraft draft) {
        return new RotaPlan(draft.getId(), draft.getVersion(), draft.getCreatedAt(), draft.getScore(), draft.getUnassigned(),
                draft.getItems().stream().map(RotaPlanService::item).toList());
    }

    private static RotaItem item(PlanDraftItem i) {
        String time = i.getStartTime() == null ? null
                : i.getStartTime() + (i.getMinutes() == null ? "" : "–" + i.getStartTime().plusMinutes(i.getMinutes()));
        return new RotaItem(i.getItemKey(), i.getActivity(), i.getItemDate(), i.getHalf(), time,
                i.getStaff() == null ? null : i.getStaff().getName(),
                i.getStaff() == null ? null : i.getStaff().getRole().getCode(),
                i.getPractice() == null ? null : i.getPractice().getName(),
                i.getRoom() == null ? null : i.getRoom().getName(), i.isPinned(), i.getReason());
    }

    private Network network(long networkId) {
        return networks.findById(networkId)
                .orElseThrow(() -> new IllegalArgumentException("No network with id " + networkId));
    }
}
