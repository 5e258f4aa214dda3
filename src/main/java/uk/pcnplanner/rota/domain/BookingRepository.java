package uk.pcnplanner.rota.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.pcnplanner.network.domain.Network;

public interface BookingRepository extends JpaRepository<Booking, Long> {

    List<Booking> findByNetworkOrderByBookingDateAscStartTimeAsc(Network network);
}
