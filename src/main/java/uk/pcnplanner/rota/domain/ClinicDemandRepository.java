package uk.pcnplanner.rota.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.pcnplanner.network.domain.Network;

public interface ClinicDemandRepository extends JpaRepository<ClinicDemand, Long> {

    List<ClinicDemand> findByPracticeNetwork(Network network);
}
