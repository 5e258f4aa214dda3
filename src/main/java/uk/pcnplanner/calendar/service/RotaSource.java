package uk.pcnplanner.calendar.service;

import java.util.List;
import uk.pcnplanner.network.domain.Network;

/**
 * The rota items that go into people's calendars: the published rota ({@link PublishedRota}), since
 * staff never see a draft.
 */
public interface RotaSource {

    /** Every placed item of the network's plan, with clock times. */
    List<CalendarEvent> events(Network network);
}
