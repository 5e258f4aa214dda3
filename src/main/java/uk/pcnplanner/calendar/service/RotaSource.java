package uk.pcnplanner.calendar.service;

import java.util.List;
import uk.pcnplanner.network.domain.Network;

/**
 * The rota items that go into people's calendars. Calendars read the latest draft for now; when
 * rotas are published, a source reading the published plan replaces {@link LatestDraftRota}.
 */
public interface RotaSource {

    /** Every placed item of the network's plan, with clock times. */
    List<CalendarEvent> events(Network network);
}
