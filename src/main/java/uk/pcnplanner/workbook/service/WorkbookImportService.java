package uk.pcnplanner.workbook.service;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.pcnplanner.security.ClinicalDirectorOnly;
import uk.pcnplanner.workbook.Problem;
import uk.pcnplanner.workbook.WorkbookReport;

/**
 * Imports the network workbook: first an analysis that saves nothing, then, on the clinical
 * director's word, a replacement of the network's planning data in one transaction.
 */
@Service
public class WorkbookImportService {

    private final WorkbookAnalyser analyser;
    private final NetworkReplacer replacer;
    private final LoginGuard logins;

    WorkbookImportService(WorkbookAnalyser analyser, NetworkReplacer replacer, LoginGuard logins) {
        this.analyser = analyser;
        this.replacer = replacer;
        this.logins = logins;
    }

    /** What the file holds and everything wrong with it; nothing is saved. */
    @ClinicalDirectorOnly
    @Transactional(readOnly = true)
    public WorkbookReport analyse(byte[] bytes) {
        return analyser.analyse(bytes).report();
    }

    /**
     * Replaces the network's practices, rooms, staff, leave, demand, rules, planned posts and bookings
     * with the workbook's, all or nothing: any error or exception, checked ones included, rolls back.
     *
     * @throws WorkbookRejectedException when the workbook has errors, or portal logins would lose their
     *     practice or staff record
     */
    @ClinicalDirectorOnly
    @Transactional(rollbackFor = Exception.class)
    public WorkbookReport replaceNetwork(byte[] bytes) {
        WorkbookAnalyser.Analysis analysis = analyser.analyse(bytes);
        if (!analysis.report().isValid()) {
            throw new WorkbookRejectedException(analysis.report());
        }
        List<String> refusals = logins.wouldBreak(analysis.content());
        if (!refusals.isEmpty()) {
            throw new WorkbookRejectedException(new WorkbookReport(analysis.report().counts(),
                    analysis.report().warnings(), refusals.stream().map(Problem::file).toList()));
        }
        replacer.replace(analysis.content());
        return analysis.report();
    }
}
