package uk.pcnplanner.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.pcnplanner.network.domain.NetworkRepository;

/** A real installation: no demo data, and its first clinical director comes from the settings. */
@SpringBootTest(properties = {
    "pcn.demo.enabled=false",
    "pcn.admin.username=lead.cd",
    "pcn.admin.password=correct horse battery staple"
})
class FirstDirectorAccountTest {

    @Autowired
    AppUserRepository users;

    @Autowired
    NetworkRepository networks;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void theFirstClinicalDirectorIsCreatedFromTheSettingsWithAHashedPassword() {
        AppUser director = users.findByUsernameIgnoreCase("lead.cd").orElseThrow();

        assertThat(director.getRole()).isEqualTo(UserRole.CLINICAL_DIRECTOR);
        assertThat(director.getPasswordHash()).doesNotContain("correct horse");
        assertThat(encoder.matches("correct horse battery staple", director.getPasswordHash())).isTrue();
    }

    @Test
    void withoutTheDemoThereAreNoDemoLoginsAndNoNetwork() {
        assertThat(users.findAll()).extracting(AppUser::getUsername).containsExactly("lead.cd");
        assertThat(networks.count()).isZero();
    }
}
