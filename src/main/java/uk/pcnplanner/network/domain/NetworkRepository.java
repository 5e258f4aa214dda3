package uk.pcnplanner.network.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NetworkRepository extends JpaRepository<Network, Long> {

    Optional<Network> findFirstByOrderByIdAsc();
}
