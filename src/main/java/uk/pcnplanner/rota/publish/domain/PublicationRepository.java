package uk.pcnplanner.rota.publish.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.pcnplanner.network.domain.Network;

public interface PublicationRepository extends JpaRepository<Publication, Long> {

    /** The history, newest first. */
    List<Publication> findByNetworkOrderByIdDesc(Network network);

    Optional<Publication> findFirstByNetworkOrderByIdDesc(Network network);

    Optional<Publication> findFirstByNetworkAndIdLessThanOrderByIdDesc(Network network, long id);
}
