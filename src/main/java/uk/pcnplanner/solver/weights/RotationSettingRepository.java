package uk.pcnplanner.solver.weights;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.pcnplanner.network.domain.Network;

public interface RotationSettingRepository extends JpaRepository<RotationSetting, Long> {

    Optional<RotationSetting> findByNetwork(Network network);
}
