package uk.pcnplanner.demo;

import java.util.List;
import java.util.Map;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import uk.pcnplanner.network.domain.Practice;
import uk.pcnplanner.security.AppUser;
import uk.pcnplanner.security.AppUserRepository;
import uk.pcnplanner.staff.domain.Staff;

/** One login for each kind of portal user, so a visitor can see the portal as each of them. */
@Component
class DemoAccounts {

    static final String PASSWORD = "demo";

    private final AppUserRepository users;
    private final PasswordEncoder encoder;

    DemoAccounts(AppUserRepository users, PasswordEncoder encoder) {
        this.users = users;
        this.encoder = encoder;
    }

    /** The saved usernames. */
    List<String> save(Map<String, Practice> practices, Map<String, Staff> staff) {
        List<AppUser> logins = List.of(
                AppUser.clinicalDirector("director", hash(), "Dr Helen Carter"),
                AppUser.practiceManager("pm.castle", hash(), "Sarah Collins", practices.get("C84001")),
                AppUser.practiceManager("pm.riverside", hash(), "Mark Davies", practices.get("C84002")),
                AppUser.supervisor("supervisor", hash(), staff.get("2001")));
        return users.saveAll(logins).stream().map(AppUser::getUsername).toList();
    }

    // A fresh salt per login, as for any real password.
    private String hash() {
        return encoder.encode(PASSWORD);
    }
}
