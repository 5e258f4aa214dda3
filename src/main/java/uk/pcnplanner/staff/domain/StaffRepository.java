package uk.pcnplanner.staff.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.domain.Practice;

public interface StaffRepository extends JpaRepository<Staff, Long> {

    List<Staff> findByNetworkOrderByName(Network network);

    Optional<Staff> findByNetworkAndStaffCodeIgnoreCase(Network network, String staffCode);

    List<Staff> findBySupervisorOrderByName(Staff supervisor);

    long countBySupervisor(Staff supervisor);

    long countByBasePractice(Practice practice);
}
