package uk.pcnplanner.workbook.read;

import org.apache.poi.ss.usermodel.Cell;

/** Reads one non-blank cell as a value of a column's type, or says why it cannot. */
@FunctionalInterface
interface CellParser<T> {

    T parse(Cell cell, String column) throws CellProblem;
}
