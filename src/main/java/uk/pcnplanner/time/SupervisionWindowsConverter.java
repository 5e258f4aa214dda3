package uk.pcnplanner.time;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link SupervisionWindows} as their canonical text, so the column stays readable in SQL. */
@Converter(autoApply = true)
public class SupervisionWindowsConverter implements AttributeConverter<SupervisionWindows, String> {

    @Override
    public String convertToDatabaseColumn(SupervisionWindows windows) {
        return windows == null || windows.isEmpty() ? null : windows.toString();
    }

    @Override
    public SupervisionWindows convertToEntityAttribute(String column) {
        try {
            return SupervisionWindows.parse(column);
        } catch (InvalidScheduleTextException e) {
            // Bad stored text is a data or migration bug, not user input, so fail loudly rather than guess.
            throw new IllegalStateException(
                    "stored supervision windows \"" + column + "\" are invalid: " + e.getMessage(), e);
        }
    }
}
