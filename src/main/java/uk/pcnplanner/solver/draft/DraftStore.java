package uk.pcnplanner.solver.draft;

import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.domain.NetworkRepository;
import uk.pcnplanner.network.domain.RoomRepository;
import uk.pcnplanner.solver.domain.PlanItem;
import uk.pcnplanner.solver.domain.PlanSolution;
import uk.pcnplanner.solver.service.UnassignedReasons;
import uk.pcnplanner.staff.domain.Staff;
import uk.pcnplanner.staff.domain.StaffRepository;

/** Saves a solved plan as a draft in one transaction, mapping the solver's copies back to the entities. */
@Component
public class DraftStore {

    private final PlanDraftRepository drafts;
    private final NetworkRepository networks;
    private final StaffRepository staff;
    private final RoomRepository rooms;
    private final Clock clock;

    DraftStore(PlanDraftRepository drafts, NetworkRepository networks, StaffRepository staff, RoomRepository rooms,
            Clock clock) {
        this.drafts = drafts;
        this.networks = networks;
        this.staff = staff;
        this.rooms = rooms;
        this.clock = clock;
    }

    @Transactional
    public PlanDraft save(long networkId, PlanSolution plan) {
        Network network = networks.findById(networkId).orElseThrow();
        Map<String, Staff> people = staff.findByNetworkOrderByName(network).stream()
                .collect(Collectors.toMap(Staff::getStaffCode, Function.identity()));
        DraftItems items = new DraftItems(people, rooms.findByPracticeNetworkOrderByPracticeNameAscNameAsc(network));
        UnassignedReasons reasons = new UnassignedReasons(plan);
        PlanDraft draft = new PlanDraft(network, clock.instant(), plan.score().toString(), (int) plan.unassignedCount());
        for (PlanItem item : plan.items()) {
            draft.add(items.toDraft(draft, item, reasons));
        }
        return drafts.save(draft);
    }

    /** The latest draft's items by key, for a re-solve to start from. */
    @Transactional(readOnly = true)
    public Map<String, PlanDraftItem> latest(long networkId) {
        Network network = networks.findById(networkId).orElseThrow();
        return drafts.findFirstByNetworkOrderByIdDesc(network)
                .map(d -> d.getItems().stream().collect(Collectors.toMap(PlanDraftItem::getItemKey, i -> i, (a, b) -> a)))
                .orElse(Map.of());
    }
}
