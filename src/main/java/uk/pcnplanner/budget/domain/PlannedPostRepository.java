package uk.pcnplanner.budget.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.pcnplanner.network.domain.Network;

public interface PlannedPostRepository extends JpaRepository<PlannedPost, Long> {

    List<PlannedPost> findByNetworkOrderByPostCode(Network network);
}
