package uk.pcnplanner.workbook.read;

import java.io.Serial;

/** The file cannot be read as a network workbook at all; the message is the {@code File:} error. */
public class UnreadableWorkbookException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public UnreadableWorkbookException(String message) {
        super(message);
    }
}
