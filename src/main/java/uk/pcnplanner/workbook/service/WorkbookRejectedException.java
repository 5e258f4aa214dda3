package uk.pcnplanner.workbook.service;

import java.io.Serial;
import uk.pcnplanner.workbook.WorkbookReport;

/** The workbook was not imported: its report says every reason, and nothing was saved. */
public class WorkbookRejectedException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient WorkbookReport report;

    public WorkbookRejectedException(WorkbookReport report) {
        super(String.join("\n", report.errorLines()));
        this.report = report;
    }

    public WorkbookReport report() {
        return report;
    }
}
