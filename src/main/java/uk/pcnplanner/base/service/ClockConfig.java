package uk.pcnplanner.base.service;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Now" is injected so budgets, due dates and overdue flags can be tested at any date. */
@Configuration
class ClockConfig {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Bean
    Clock clock() {
        return Clock.system(LONDON);
    }
}
