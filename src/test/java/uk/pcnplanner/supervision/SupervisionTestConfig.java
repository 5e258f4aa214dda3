package uk.pcnplanner.supervision;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import uk.pcnplanner.network.domain.NetworkRepository;
import uk.pcnplanner.rota.domain.BookingRepository;
import uk.pcnplanner.staff.domain.StaffRepository;

/**
 * What the supervision tests share, so they share one application context: "now" is Monday 28
 * December 2026, 09:00 in London, a week before the demo rota starts.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SupervisionTestConfig {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    public static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 28, 9, 0);

    @Bean
    @Primary
    Clock fixedClock() {
        return Clock.fixed(NOW.atZone(LONDON).toInstant(), LONDON);
    }

    @Bean
    PastSessions pastSessions(BookingRepository bookings, NetworkRepository networks, DemoPeople people) {
        return new PastSessions(bookings, networks, people);
    }

    @Bean
    DemoPeople demoPeople(StaffRepository staff, NetworkRepository networks) {
        return new DemoPeople(staff, networks);
    }
}
