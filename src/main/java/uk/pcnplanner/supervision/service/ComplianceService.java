package uk.pcnplanner.supervision.service;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.pcnplanner.security.ClinicalDirectorOnly;
import uk.pcnplanner.staff.domain.StaffRepository;

/** The clinical director's view of who is getting the supervision their role asks for. */
@Service
public class ComplianceService {

    private final PlanningReader reader;
    private final StaffRepository staff;

    ComplianceService(PlanningReader reader, StaffRepository staff) {
        this.reader = reader;
        this.staff = staff;
    }

    /** Everyone employed today whose role has supervision rules, most overdue first. */
    @ClinicalDirectorOnly
    @Transactional(readOnly = true)
    public ComplianceReport report() {
        Planning planning = reader.read();
        ComplianceFigures figures = new ComplianceFigures(planning.dueDates(), planning.now());
        List<ComplianceRow> people = staff.findByNetworkOrderByName(planning.network()).stream()
                .filter(s -> s.isEmployedOn(planning.today()) && !planning.rulesFor(s).isEmpty())
                .map(s -> figures.person(s, planning.rulesFor(s)))
                .sorted(ComplianceFigures.MOST_OVERDUE_FIRST)
                .toList();
        return new ComplianceReport(figures.from(), planning.today(), people, ComplianceFigures.byRole(people));
    }

    /** The same report as an Excel workbook: a sheet per person and a sheet per role. */
    @ClinicalDirectorOnly
    @Transactional(readOnly = true)
    public byte[] workbook() {
        return ComplianceWorkbook.write(report());
    }
}
