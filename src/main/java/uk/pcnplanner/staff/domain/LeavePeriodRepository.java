package uk.pcnplanner.staff.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.pcnplanner.network.domain.Network;

public interface LeavePeriodRepository extends JpaRepository<LeavePeriod, Long> {

    List<LeavePeriod> findByStaffOrderByFromDate(Staff staff);

    List<LeavePeriod> findByStaffNetworkOrderByFromDate(Network network);
}
