package uk.pcnplanner.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import uk.pcnplanner.network.domain.NetworkRepository;
import uk.pcnplanner.security.AppUserRepository;

@SpringBootTest(properties = "pcn.demo.enabled=false")
class DemoDataDisabledTest {

    @Autowired
    NetworkRepository networks;

    @Autowired
    AppUserRepository users;

    @Test
    void aRealInstallationStartsWithNoNetworkAndNoDemoLogins() {
        assertThat(networks.count()).isZero();
        assertThat(users.findByUsernameIgnoreCase("director")).isEmpty();
    }
}
