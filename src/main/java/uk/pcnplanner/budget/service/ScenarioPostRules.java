package uk.pcnplanner.budget.service;

import static uk.pcnplanner.base.service.EditChecks.require;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import uk.pcnplanner.budget.domain.ScenarioPost;

/** What a post in a scenario must be, checked before it is saved, with messages a person can act on. */
final class ScenarioPostRules {

    private ScenarioPostRules() {}

    /** The post as it will be saved: checked, with its ID and label filled in when left empty. */
    static ScenarioPost checked(ScenarioPost post, List<ScenarioPost> others, Predicate<String> reimbursable) {
        require(post.roleCode() != null && reimbursable.test(post.roleCode()),
                "Role", "choose a role of the ARRS catalogue");
        String band = post.band() == null || post.band().isBlank() ? null : post.band().trim().toLowerCase(Locale.ROOT);
        PostPayRules.check(post.wte(), band, post.payPoint(), post.annualSalary());
        require(post.startDate() == null || post.endDate() == null || !post.endDate().isBefore(post.startDate()),
                "End date", "must be on or after the start date");
        String code = post.postCode() == null || post.postCode().isBlank() ? nextCode(others) : post.postCode().trim();
        require(others.stream().noneMatch(p -> p.postCode().equalsIgnoreCase(code)), "Post ID",
                code + " is already a post in this scenario");
        String label = post.label() == null || post.label().isBlank() ? "Scenario post" : post.label().trim();
        return new ScenarioPost(code, label, post.roleCode(), post.wte(), band, post.payPoint(), post.annualSalary(),
                post.startDate(), post.endDate(), post.filled());
    }

    /** S001, S002, …: distinct from Staff IDs and planned post IDs, which use other prefixes. */
    private static String nextCode(List<ScenarioPost> others) {
        int n = 1;
        while (taken(others, String.format("S%03d", n))) {
            n++;
        }
        return String.format("S%03d", n);
    }

    private static boolean taken(List<ScenarioPost> posts, String code) {
        return posts.stream().anyMatch(p -> p.postCode().equalsIgnoreCase(code));
    }
}
