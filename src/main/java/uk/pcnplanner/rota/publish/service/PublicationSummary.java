package uk.pcnplanner.rota.publish.service;

import java.time.Instant;
import java.time.LocalDate;
import uk.pcnplanner.rota.service.RotaWeeks;

/** One entry of the publication history, copied out so pages need no open transaction. */
public record PublicationSummary(long id, LocalDate from, LocalDate to, Instant publishedAt, String publishedBy,
        String score, int assignments, int unassigned, String status) {

    /** "Mon 4 Jan 2027 to Sun 31 Jan 2027 · Published on 1 Dec 2026 22:40 by director". */
    public String label() {
        return RotaWeeks.day(from) + " to " + RotaWeeks.day(to) + " · " + status;
    }
}
