package uk.pcnplanner.supervision.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.pcnplanner.network.domain.Network;

public interface SupervisionRuleRepository extends JpaRepository<SupervisionRule, Long> {

    List<SupervisionRule> findByNetworkOrderByRoleCodeAscKindAsc(Network network);
}
