package uk.pcnplanner.time;

import java.io.Serial;

/**
 * Hand-typed schedule text could not be read. The message is shown to the person who typed it, so it
 * carries no location: the caller knows whether it came from a spreadsheet cell or a form field and
 * prefixes that itself.
 */
public class InvalidScheduleTextException extends IllegalArgumentException {

    @Serial
    private static final long serialVersionUID = 1L;

    public InvalidScheduleTextException(String message) {
        super(message);
    }
}
