package uk.pcnplanner.solver.weights;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.pcnplanner.audit.AuditService;
import uk.pcnplanner.base.service.AuditedEdits;
import uk.pcnplanner.base.service.EditChecks;
import uk.pcnplanner.base.service.InvalidEditException;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.domain.NetworkRepository;
import uk.pcnplanner.security.AnyPortalUser;
import uk.pcnplanner.security.ClinicalDirectorOnly;
import uk.pcnplanner.solver.domain.PlanWeights;

/**
 * The solver's rule weights per network, and what the rotation rules measure against: read by
 * anyone planning, changed only by the clinical director.
 */
@Service
public class ConstraintWeightService {

    private static final int MOST_PRACTICES_PER_WEEK = 14;

    private final ConstraintWeightRepository settings;
    private final RotationSettingRepository rotations;
    private final NetworkRepository networks;
    private final AuditService audit;
    private final AuditedEdits edits;

    ConstraintWeightService(ConstraintWeightRepository settings, RotationSettingRepository rotations,
            NetworkRepository networks, AuditService audit, AuditedEdits edits) {
        this.settings = settings;
        this.rotations = rotations;
        this.networks = networks;
        this.audit = audit;
        this.edits = edits;
    }

    @AnyPortalUser
    @Transactional(readOnly = true)
    public List<RuleWeight> rules(long networkId) {
        Map<String, HardMediumSoftScore> current = weights(networkId).weights();
        List<RuleWeight> rules = new ArrayList<>();
        new PlanWeights().weights().forEach((name, fallback) ->
                rules.add(new RuleWeight(name, level(fallback), magnitude(current.get(name)), magnitude(fallback))));
        return rules;
    }

    /** The weights a solve of this network uses; no security check, as solving runs off the request thread. */
    @Transactional(readOnly = true)
    public PlanWeights weights(long networkId) {
        Map<String, Integer> changed = new HashMap<>();
        settings.findByNetwork(network(networkId)).forEach(s -> changed.put(s.getConstraintName(), s.getWeight()));
        RotationSetting rotation = rotation(networkId);
        return PlanWeights.of(changed).withRotation(rotation.getPracticesPerWeek(), rotation.getUnpopular());
    }

    /** The network's rotation rules, or the defaults (not yet saved) when the director never changed them. */
    @AnyPortalUser
    @Transactional(readOnly = true)
    public RotationSetting rotation(long networkId) {
        Network network = network(networkId);
        return rotations.findByNetwork(network).orElseGet(() -> new RotationSetting(network));
    }

    /**
     * @throws InvalidEditException when practices a week is not between 1 and 14
     * @throws uk.pcnplanner.base.service.ChangedElsewhereException when someone saved them since they were read
     */
    @ClinicalDirectorOnly
    @Transactional
    public RotationSetting saveRotation(RotationSetting edited) {
        Consumer<RotationSetting> rules = r -> EditChecks.require(
                r.getPracticesPerWeek() >= 1 && r.getPracticesPerWeek() <= MOST_PRACTICES_PER_WEEK,
                "Practices a week", "must be between 1 and " + MOST_PRACTICES_PER_WEEK + ", got "
                        + r.getPracticesPerWeek());
        if (!edited.isNew()) {
            return edits.save(rotations, edited, rules);
        }
        // The first save changes the defaults, so the trail shows each value that moved from them.
        rules.accept(edited);
        RotationSetting saved = rotations.saveAndFlush(edited);
        audit.updated(new RotationSetting(edited.getNetwork()).auditValues(), saved);
        return saved;
    }

    /** @throws InvalidEditException for an unknown rule, a negative weight, or switching off a hard or medium rule */
    @ClinicalDirectorOnly
    @Transactional
    public void change(long networkId, String rule, int weight) {
        HardMediumSoftScore fallback = new PlanWeights().weights().get(rule);
        if (fallback == null) {
            throw new InvalidEditException("Rule", "there is no rule called \"" + rule + "\"");
        }
        if (weight < 0 || (weight == 0 && fallback.softScore() == 0)) {
            throw new InvalidEditException(rule, "the weight must be " + (fallback.softScore() == 0
                    ? "at least 1 (only soft rules can be switched off)" : "0 or more") + ", got " + weight);
        }
        Network network = network(networkId);
        ConstraintWeightSetting setting = settings.findByNetworkAndConstraintName(network, rule)
                .orElseGet(() -> new ConstraintWeightSetting(network, rule, magnitude(fallback)));
        String before = String.valueOf(setting.getWeight());
        setting.setWeight(weight);
        settings.save(setting);
        audit.event("Rule weight", String.valueOf(networkId), rule, "Weight", before, String.valueOf(weight));
    }

    private Network network(long networkId) {
        return networks.findById(networkId)
                .orElseThrow(() -> new IllegalArgumentException("No network with id " + networkId));
    }

    private static String level(HardMediumSoftScore weight) {
        return weight.hardScore() != 0 ? "HARD" : weight.mediumScore() != 0 ? "MEDIUM" : "SOFT";
    }

    private static int magnitude(HardMediumSoftScore weight) {
        return weight.hardScore() + weight.mediumScore() + weight.softScore();
    }
}
