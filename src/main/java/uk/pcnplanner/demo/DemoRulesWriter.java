package uk.pcnplanner.demo;

import java.util.Map;
import org.springframework.stereotype.Component;
import uk.pcnplanner.budget.domain.PlannedPost;
import uk.pcnplanner.budget.domain.PlannedPostRepository;
import uk.pcnplanner.demo.DemoPlan.PostPlan;
import uk.pcnplanner.demo.DemoPlan.RulePlan;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.domain.Practice;
import uk.pcnplanner.roles.domain.Role;
import uk.pcnplanner.roles.domain.RoleRepository;
import uk.pcnplanner.supervision.domain.SupervisionRule;
import uk.pcnplanner.supervision.domain.SupervisionRuleRepository;

/** Saves the network's supervision rules and the posts it plans to fill. */
@Component
class DemoRulesWriter {

    private final SupervisionRuleRepository rules;
    private final PlannedPostRepository posts;
    private final RoleRepository roles;

    DemoRulesWriter(SupervisionRuleRepository rules, PlannedPostRepository posts, RoleRepository roles) {
        this.rules = rules;
        this.posts = posts;
        this.roles = roles;
    }

    void save(Network network, DemoPlan plan, Map<String, Practice> practices) {
        for (RulePlan r : plan.rules()) {
            rules.save(new SupervisionRule(
                    network, role(r.roleCode()), r.kind(), r.minutes(), r.everyWeeks(), r.basis()));
        }
        for (PostPlan p : plan.posts()) {
            PlannedPost post = new PlannedPost(network, p.code(), role(p.roleCode()), p.wte(), p.startDate());
            post.setBand(p.band());
            post.setPractice(practices.get(p.practiceCode()));
            posts.save(post);
        }
    }

    private Role role(String code) {
        return roles.findById(code)
                .orElseThrow(() -> new IllegalStateException("Role " + code + " is not in the catalogue"));
    }
}
