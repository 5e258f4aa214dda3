package uk.pcnplanner.staff.domain;

import java.util.List;

/** The Agenda for Change bands the network workbook accepts. */
public final class Bands {

    public static final List<String> ALL = List.of("3", "4", "5", "6", "7", "8a", "8b", "8c", "8d", "9");

    private Bands() {}
}
