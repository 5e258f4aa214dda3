package uk.pcnplanner.network.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RoomRepository extends JpaRepository<Room, Long> {

    List<Room> findByPracticeOrderByName(Practice practice);

    List<Room> findByPracticeNetworkOrderByPracticeNameAscNameAsc(Network network);

    Optional<Room> findByPracticeAndNameIgnoreCase(Practice practice, String name);

    long countByPractice(Practice practice);
}
