package uk.pcnplanner.budget.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.pcnplanner.network.domain.Network;

public interface BudgetScenarioRepository extends JpaRepository<BudgetScenario, Long> {

    List<BudgetScenario> findByNetworkOrderByName(Network network);
}
