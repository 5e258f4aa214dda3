package uk.pcnplanner.network.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PracticeRepository extends JpaRepository<Practice, Long> {

    List<Practice> findByNetworkOrderByName(Network network);

    Optional<Practice> findByNetworkAndCodeIgnoreCase(Network network, String code);
}
