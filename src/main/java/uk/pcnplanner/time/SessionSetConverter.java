package uk.pcnplanner.time;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link SessionSet} as its canonical session list, so the column stays readable in SQL. */
@Converter(autoApply = true)
public class SessionSetConverter implements AttributeConverter<SessionSet, String> {

    @Override
    public String convertToDatabaseColumn(SessionSet sessions) {
        return sessions == null || sessions.isEmpty() ? null : sessions.toString();
    }

    @Override
    public SessionSet convertToEntityAttribute(String column) {
        try {
            return SessionSet.parse(column);
        } catch (InvalidScheduleTextException e) {
            // Bad stored text is a data or migration bug, not user input, so fail loudly rather than guess.
            throw new IllegalStateException(
                    "stored session list \"" + column + "\" is invalid: " + e.getMessage(), e);
        }
    }
}
