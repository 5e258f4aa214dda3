package uk.pcnplanner.demo;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.pcnplanner.demo.DemoPlan.NetworkPlan;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.domain.NetworkRepository;
import uk.pcnplanner.network.domain.Practice;
import uk.pcnplanner.staff.domain.Staff;

/**
 * Saves the demo network: a realistic PCN whose every detail comes from one fixed seed, so each
 * fresh installation (and each test) sees the same practices, people and logins.
 */
@Component
public class DemoNetworkGenerator {

    static final long SEED = 20270104L;

    private final NetworkRepository networks;
    private final DemoSiteWriter sites;
    private final DemoStaffWriter staff;
    private final DemoRulesWriter rules;
    private final DemoAccounts accounts;

    DemoNetworkGenerator(
            NetworkRepository networks,
            DemoSiteWriter sites,
            DemoStaffWriter staff,
            DemoRulesWriter rules,
            DemoAccounts accounts) {
        this.networks = networks;
        this.sites = sites;
        this.staff = staff;
        this.rules = rules;
        this.accounts = accounts;
    }

    /** What was saved: the network and the demo usernames, all with the password {@code demo}. */
    public record DemoNetwork(Network network, List<String> logins) {}

    static DemoPlan plan() {
        return DemoPlan.generate(SEED);
    }

    @Transactional
    public DemoNetwork generate() {
        DemoPlan plan = plan();
        Network network = networks.save(toNetwork(plan.network()));
        Map<String, Practice> practices = sites.save(network, plan);
        Map<String, Staff> people = staff.save(network, plan, practices);
        rules.save(network, plan, practices);
        return new DemoNetwork(network, accounts.save(practices, people));
    }

    private static Network toNetwork(NetworkPlan plan) {
        Network network = new Network(plan.name(), plan.rotaStart());
        network.setOdsCode(plan.odsCode());
        network.setWeightedPopulation(plan.weightedPopulation());
        network.setRotaWeeks(plan.rotaWeeks());
        return network;
    }
}
