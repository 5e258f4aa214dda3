package uk.pcnplanner.solver.weights;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.pcnplanner.network.domain.Network;

public interface ConstraintWeightRepository extends JpaRepository<ConstraintWeightSetting, Long> {

    List<ConstraintWeightSetting> findByNetwork(Network network);

    Optional<ConstraintWeightSetting> findByNetworkAndConstraintName(Network network, String constraintName);
}
