package uk.pcnplanner.supervision.service;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.pcnplanner.base.service.AuditedEdits;
import uk.pcnplanner.base.service.EditChecks;
import uk.pcnplanner.base.service.InvalidEditException;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.service.NetworkService;
import uk.pcnplanner.roles.domain.Role;
import uk.pcnplanner.security.AnyPortalUser;
import uk.pcnplanner.security.ClinicalDirectorOnly;
import uk.pcnplanner.supervision.SupervisionDefaults;
import uk.pcnplanner.supervision.SupervisionDefaults.DefaultRule;
import uk.pcnplanner.supervision.domain.SupervisionKind;
import uk.pcnplanner.supervision.domain.SupervisionRule;
import uk.pcnplanner.supervision.domain.SupervisionRuleRepository;

/** The network's supervision rules per role: anyone may read them, the clinical director changes them. */
@Service
public class SupervisionRuleService {

    public static final String ROLE = "Role";
    public static final String KIND = "Kind";
    public static final String MINUTES = "Minutes";
    public static final String CADENCE = "Cadence (weeks)";
    public static final String GROUP_SIZE = "Group size";

    /** The basis recorded once the clinical director sets a rule's figures themselves. */
    public static final String LOCAL_BASIS = "Set locally by the clinical director";

    private final SupervisionRuleRepository rules;
    private final NetworkService networks;
    private final AuditedEdits edits;
    private final Map<String, DefaultRule> defaults;

    SupervisionRuleService(SupervisionRuleRepository rules, NetworkService networks, AuditedEdits edits) {
        this.rules = rules;
        this.networks = networks;
        this.edits = edits;
        this.defaults = SupervisionDefaults.read().stream()
                .collect(Collectors.toMap(d -> key(d.roleCode(), d.kind()), Function.identity()));
    }

    /** Every rule of the current network by role and kind, each with the portal's default for it, if any. */
    @AnyPortalUser
    @Transactional(readOnly = true)
    public List<RuleWithDefault> rules() {
        return rules.findByNetworkOrderByRoleCodeAscKindAsc(networks.requireCurrent()).stream()
                .map(r -> new RuleWithDefault(r, defaults.get(key(r.getRole().getCode(), r.getKind()))))
                .toList();
    }

    /**
     * Saves the edited figures, refused with the field named when they are out of range, and
     * refused when someone else changed the rule since it was read.
     */
    @ClinicalDirectorOnly
    @Transactional
    public SupervisionRule save(SupervisionRule edited) {
        return store(edited);
    }

    private SupervisionRule store(SupervisionRule edited) {
        RuleWithDefault shown = new RuleWithDefault(edited, defaults.get(key(edited.getRole().getCode(), edited.getKind())));
        edited.setBasis(shown.isDefault() ? shown.fallback().basis() : LOCAL_BASIS);
        return edits.save(rules, edited, SupervisionRuleService::check);
    }

    /** A rule for a role and kind the network has none for, such as a role the defaults do not cover. */
    @ClinicalDirectorOnly
    @Transactional
    public SupervisionRule add(Role role, SupervisionKind kind, int minutes, int everyWeeks, Integer groupSize) {
        EditChecks.require(role != null, ROLE, "choose the role the rule is for");
        EditChecks.require(kind != null, KIND, "choose the kind of supervision");
        Network network = networks.requireCurrent();
        boolean taken = rules.findByNetworkOrderByRoleCodeAscKindAsc(network).stream()
                .anyMatch(r -> r.getRole().getCode().equals(role.getCode()) && r.getKind() == kind);
        EditChecks.require(!taken, KIND, role.getName() + " already has a " + kind.label().toLowerCase(Locale.UK)
                + " rule: edit that one instead");
        SupervisionRule rule = new SupervisionRule(network, role, kind, minutes, everyWeeks, LOCAL_BASIS);
        rule.setGroupSize(kind == SupervisionKind.GROUP ? groupSize : null);
        return store(rule);
    }

    /** Removes a rule, so the solver no longer schedules that supervision for the role. */
    @ClinicalDirectorOnly
    @Transactional
    public void remove(SupervisionRule shown) {
        edits.delete(rules, shown, stored -> {});
    }

    /** Puts the default figures and their source back; refused for a rule the defaults do not cover. */
    @ClinicalDirectorOnly
    @Transactional
    public SupervisionRule resetToDefault(SupervisionRule shown) {
        DefaultRule fallback = defaults.get(key(shown.getRole().getCode(), shown.getKind()));
        EditChecks.require(fallback != null, "Rule", "there is no default for " + shown.auditLabel()
                + ": it was imported or added here, so set its figures instead");
        shown.setMinutes(fallback.minutes());
        shown.setEveryWeeks(fallback.everyWeeks());
        shown.setGroupSize(shown.getKind() == SupervisionKind.GROUP ? SupervisionRule.DEFAULT_GROUP_SIZE : null);
        shown.setBasis(fallback.basis());
        return edits.save(rules, shown, SupervisionRuleService::check);
    }

    // The ranges are the database's own checks, so nothing the form accepts can fail later.
    static void check(SupervisionRule rule) {
        String what = " for " + rule.auditLabel();
        EditChecks.require(rule.getMinutes() >= 15 && rule.getMinutes() <= 240, MINUTES,
                "must be between 15 and 240" + what + ", got " + rule.getMinutes());
        EditChecks.require(rule.getEveryWeeks() >= 1 && rule.getEveryWeeks() <= 13, CADENCE,
                "must be between 1 and 13 weeks" + what + ", got " + rule.getEveryWeeks());
        if (rule.getKind() == SupervisionKind.GROUP) {
            Integer size = rule.getGroupSize();
            EditChecks.require(size != null && size >= 2 && size <= 20, GROUP_SIZE,
                    "a group must have between 2 and 20 people" + what + ", got " + (size == null ? "none" : size));
        } else if (rule.getGroupSize() != null) {
            throw new InvalidEditException(GROUP_SIZE, "only group supervision has a group size" + what);
        }
    }

    private static String key(String roleCode, SupervisionKind kind) {
        return roleCode + "|" + kind;
    }
}
