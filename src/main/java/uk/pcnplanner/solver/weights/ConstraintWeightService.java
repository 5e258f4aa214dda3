package uk.pcnplanner.solver.weights;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.pcnplanner.audit.AuditService;
import uk.pcnplanner.base.service.InvalidEditException;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.domain.NetworkRepository;
import uk.pcnplanner.security.AnyPortalUser;
import uk.pcnplanner.security.ClinicalDirectorOnly;
import uk.pcnplanner.solver.domain.PlanWeights;

/** The solver's rule weights per network: read by anyone planning, changed only by the clinical director. */
@Service
public class ConstraintWeightService {

    private final ConstraintWeightRepository settings;
    private final NetworkRepository networks;
    private final AuditService audit;

    ConstraintWeightService(ConstraintWeightRepository settings, NetworkRepository networks, AuditService audit) {
        this.settings = settings;
        this.networks = networks;
        this.audit = audit;
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
        return PlanWeights.of(changed);
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
