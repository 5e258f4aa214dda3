package uk.pcnplanner.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.pcnplanner.network.domain.NetworkRepository;

/**
 * Loads the demo network into an empty database. Only an empty one: once a network exists, a
 * restart keeps whatever users changed, demo or real.
 */
@Component
@Order(10)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final NetworkRepository networks;
    private final DemoNetworkGenerator generator;
    private final boolean enabled;

    DemoDataLoader(
            NetworkRepository networks,
            DemoNetworkGenerator generator,
            @Value("${pcn.demo.enabled:true}") boolean enabled) {
        this.networks = networks;
        this.generator = generator;
        this.enabled = enabled;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!enabled || networks.count() > 0) {
            return;
        }
        DemoNetworkGenerator.DemoNetwork demo = generator.generate();
        log.info("Loaded the demo network {}: sign in as {} with the password \"{}\"",
                demo.network().getName(), String.join(", ", demo.logins()), DemoAccounts.PASSWORD);
    }
}
