package uk.pcnplanner.network.service;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.domain.NetworkRepository;
import uk.pcnplanner.security.AnyPortalUser;

/** The network this installation plans for. */
@Service
public class NetworkService {

    private final NetworkRepository networks;

    NetworkService(NetworkRepository networks) {
        this.networks = networks;
    }

    @AnyPortalUser
    @Transactional(readOnly = true)
    public Optional<Network> current() {
        return networks.findFirstByOrderByIdAsc();
    }

    @AnyPortalUser
    @Transactional(readOnly = true)
    public Network requireCurrent() {
        return current().orElseThrow(() -> new IllegalStateException(
                "No network has been set up yet: import the network workbook first"));
    }
}
