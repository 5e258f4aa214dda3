package uk.pcnplanner.budget.service;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import uk.pcnplanner.budget.domain.PlannedPost;
import uk.pcnplanner.budget.domain.PlannedPostRepository;
import uk.pcnplanner.budget.domain.ScenarioPost;
import uk.pcnplanner.budget.forecast.BudgetPost;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.roles.domain.Role;
import uk.pcnplanner.roles.domain.RoleRepository;
import uk.pcnplanner.staff.domain.Funding;
import uk.pcnplanner.staff.domain.Staff;
import uk.pcnplanner.staff.domain.StaffRepository;

/** The posts of the current plan (ARRS-funded staff and planned posts), and of a scenario. */
@Component
class PlanPosts {

    private final StaffRepository staff;
    private final PlannedPostRepository planned;
    private final RoleRepository roles;

    PlanPosts(StaffRepository staff, PlannedPostRepository planned, RoleRepository roles) {
        this.staff = staff;
        this.planned = planned;
        this.roles = roles;
    }

    List<BudgetPost> current(Network network) {
        Stream<BudgetPost> filled = staff.findByNetworkOrderByName(network).stream()
                .filter(s -> s.getFunding() == Funding.ARRS)
                .map(PlanPosts::filled);
        Stream<BudgetPost> vacant = planned.findByNetworkOrderByPostCode(network).stream().map(PlanPosts::planned);
        return Stream.concat(filled, vacant).sorted(Comparator.comparing(BudgetPost::postId)).toList();
    }

    List<BudgetPost> of(List<ScenarioPost> posts) {
        Map<String, Role> byCode = roles.findAll().stream().collect(Collectors.toMap(Role::getCode, Function.identity()));
        return posts.stream().map(p -> new BudgetPost(p.postCode(), p.label(), byCode.get(p.roleCode()), p.wte(),
                p.band(), p.payPoint(), p.annualSalary(), p.startDate(), p.endDate(), p.filled(), 0)).toList();
    }

    boolean isReimbursable(String roleCode) {
        return roles.findById(roleCode).map(Role::isReimbursable).orElse(false);
    }

    static ScenarioPost copy(BudgetPost p) {
        return new ScenarioPost(p.postId(), p.label(), p.role().getCode(), p.wte(), p.band(), p.payPoint(),
                p.annualSalary(), p.startDate(), p.endDate(), p.filled());
    }

    private static BudgetPost filled(Staff s) {
        return new BudgetPost(s.getStaffCode(), s.getName(), s.getRole(), s.getWte(), s.getBand(), s.getPayPoint(),
                s.getAnnualSalary(), s.getStartDate(), s.getEndDate(), true, s.getVersion());
    }

    private static BudgetPost planned(PlannedPost p) {
        String where = p.getPractice() == null ? "" : " at " + p.getPractice().getName();
        return new BudgetPost(p.getPostCode(), "Planned" + where, p.getRole(), p.getWte(), p.getBand(),
                p.getPayPoint(), p.getAnnualSalary(), p.getStartDate(), p.getEndDate(), false, p.getVersion());
    }
}
