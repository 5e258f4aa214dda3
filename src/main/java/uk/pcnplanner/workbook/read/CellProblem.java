package uk.pcnplanner.workbook.read;

import java.io.Serial;

/** A cell's value cannot be used; the message is worded for the cell's report line. */
final class CellProblem extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    CellProblem(String message) {
        super(message, null, false, false);
    }
}
