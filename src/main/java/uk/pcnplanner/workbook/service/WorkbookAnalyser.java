package uk.pcnplanner.workbook.service;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.pcnplanner.roles.domain.Role;
import uk.pcnplanner.roles.domain.RoleRepository;
import uk.pcnplanner.staff.domain.Funding;
import uk.pcnplanner.staff.domain.Staff;
import uk.pcnplanner.workbook.WorkbookReport;
import uk.pcnplanner.workbook.model.NetworkWorkbook;
import uk.pcnplanner.workbook.read.WorkbookReader;
import uk.pcnplanner.workbook.validate.CrossSheetChecks;
import uk.pcnplanner.workbook.validate.RoleCodes;

/** Reads a workbook and checks it against itself and the role catalogue, without saving anything. */
@Component
class WorkbookAnalyser {

    private final RoleRepository roles;

    WorkbookAnalyser(RoleRepository roles) {
        this.roles = roles;
    }

    /** The report, and the content when the report has no errors. */
    record Analysis(WorkbookReport report, NetworkWorkbook content) {}

    Analysis analyse(byte[] bytes) {
        WorkbookReader.Reading reading = WorkbookReader.read(bytes);
        if (reading.content() != null) {
            CrossSheetChecks.check(reading.content(), reading.problems(), catalogue());
        }
        WorkbookReport report = reading.problems().report();
        return new Analysis(report, report.isValid() ? reading.content() : null);
    }

    private RoleCodes catalogue() {
        List<Role> all = roles.findAll();
        Set<String> codes = all.stream().map(Role::getCode).collect(Collectors.toSet());
        Set<String> arrs = all.stream()
                .filter(role -> Staff.defaultFunding(role) == Funding.ARRS)
                .map(Role::getCode)
                .collect(Collectors.toSet());
        return new RoleCodes(codes, arrs);
    }
}
