package uk.pcnplanner.budget.service;

import static uk.pcnplanner.base.service.EditChecks.require;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.pcnplanner.audit.AuditService;
import uk.pcnplanner.base.service.EditChecks;
import uk.pcnplanner.budget.domain.BudgetScenario;
import uk.pcnplanner.budget.domain.BudgetScenarioRepository;
import uk.pcnplanner.budget.domain.ScenarioPost;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.service.NetworkService;
import uk.pcnplanner.security.ClinicalDirectorOnly;

/**
 * Saved what-if scenarios. Each starts as a copy of the current plan; changing one never changes
 * staff or planned posts. A change to a scenario someone else changed meanwhile is refused.
 */
@Service
public class ScenarioService {

    private final BudgetScenarioRepository scenarios;
    private final NetworkService networks;
    private final PlanPosts plan;
    private final AuditService audit;
    private final Clock clock;

    ScenarioService(
            BudgetScenarioRepository scenarios, NetworkService networks, PlanPosts plan, AuditService audit, Clock clock) {
        this.scenarios = scenarios;
        this.networks = networks;
        this.plan = plan;
        this.audit = audit;
        this.clock = clock;
    }

    @ClinicalDirectorOnly
    @Transactional(readOnly = true)
    public List<BudgetScenario> scenarios() {
        return scenarios.findByNetworkOrderByName(networks.requireCurrent());
    }

    @ClinicalDirectorOnly
    @Transactional
    public BudgetScenario copyCurrentPlan(String name) {
        Network network = networks.requireCurrent();
        String checked = checkedName(network, name, null);
        List<ScenarioPost> posts = plan.current(network).stream().map(PlanPosts::copy).toList();
        BudgetScenario saved = scenarios.saveAndFlush(new BudgetScenario(network, checked, clock.instant(), posts));
        audit.created(saved);
        return saved;
    }

    @ClinicalDirectorOnly
    @Transactional
    public BudgetScenario rename(BudgetScenario shown, String name) {
        BudgetScenario stored = current(shown);
        Map<String, String> before = EditChecks.requireCurrent(stored, shown);
        stored.setName(checkedName(stored.getNetwork(), name, stored.getId()));
        BudgetScenario saved = flush(stored);
        audit.updated(before, saved);
        return saved;
    }

    @ClinicalDirectorOnly
    @Transactional
    public void delete(BudgetScenario shown) {
        BudgetScenario stored = current(shown);
        EditChecks.requireUnchanged(stored, shown);
        scenarios.delete(stored);
        audit.deleted(stored);
    }

    /** Adds a post ({@code replacing} null) or replaces the post with that ID. */
    @ClinicalDirectorOnly
    @Transactional
    public BudgetScenario savePost(BudgetScenario shown, String replacing, ScenarioPost post) {
        BudgetScenario stored = current(shown);
        EditChecks.requireCurrent(stored, shown);
        List<ScenarioPost> posts = new ArrayList<>(stored.getPosts());
        int at = replacing == null ? -1 : indexOf(posts, replacing);
        ScenarioPost old = at < 0 ? null : posts.remove(at);
        ScenarioPost checked = ScenarioPostRules.checked(post, posts, plan::isReimbursable);
        posts.add(at < 0 ? posts.size() : at, checked);
        stored.setPosts(posts);
        BudgetScenario saved = flush(stored);
        audit.event(saved.auditType(), saved.auditId(), saved.auditLabel(), "Post " + checked.postCode(),
                old == null ? null : old.describe(), checked.describe());
        return saved;
    }

    @ClinicalDirectorOnly
    @Transactional
    public BudgetScenario removePost(BudgetScenario shown, String postCode) {
        BudgetScenario stored = current(shown);
        EditChecks.requireCurrent(stored, shown);
        List<ScenarioPost> posts = new ArrayList<>(stored.getPosts());
        ScenarioPost removed = posts.remove(indexOf(posts, postCode));
        stored.setPosts(posts);
        BudgetScenario saved = flush(stored);
        audit.event(saved.auditType(), saved.auditId(), saved.auditLabel(), "Post " + postCode, removed.describe(), null);
        return saved;
    }

    /** A trimmed name no other scenario of the network has ({@code self} may keep its own). */
    private String checkedName(Network network, String name, Long self) {
        require(name != null && !name.isBlank(), "Name", "give the scenario a name");
        String trimmed = name.trim();
        require(trimmed.length() <= 100, "Name", "use at most 100 characters");
        boolean taken = trimmed.equalsIgnoreCase(BudgetService.CURRENT_PLAN)
                || scenarios.findByNetworkOrderByName(network).stream()
                        .anyMatch(s -> !s.getId().equals(self) && s.getName().equalsIgnoreCase(trimmed));
        require(!taken, "Name", "\"" + trimmed + "\" is already taken: choose another name");
        return trimmed;
    }

    private static int indexOf(List<ScenarioPost> posts, String postCode) {
        for (int i = 0; i < posts.size(); i++) {
            if (posts.get(i).postCode().equalsIgnoreCase(postCode)) {
                return i;
            }
        }
        throw new IllegalArgumentException("No post " + postCode + " in this scenario");
    }

    private BudgetScenario current(BudgetScenario shown) {
        return EditChecks.stored(scenarios.findById(shown.getId()), shown);
    }

    private BudgetScenario flush(BudgetScenario stored) {
        try {
            return scenarios.saveAndFlush(stored);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw EditChecks.changedElsewhere(stored, e);
        }
    }
}
