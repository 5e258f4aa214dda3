package uk.pcnplanner.solver.draft;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.pcnplanner.network.domain.Network;

public interface PlanDraftRepository extends JpaRepository<PlanDraft, Long> {

    Optional<PlanDraft> findFirstByNetworkOrderByIdDesc(Network network);
}
