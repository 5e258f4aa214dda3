package uk.pcnplanner.workbook.write;

import java.util.Arrays;
import java.util.List;
import uk.pcnplanner.workbook.Sheets;
import uk.pcnplanner.workbook.model.NetworkWorkbook.NetworkSettings;

/** The Network sheet: every key of the contract, with its value when there is a network. */
final class NetworkSheetWriter {

    private NetworkSheetWriter() {}

    static void write(SheetWriter sheet, NetworkSettings n) {
        List<Object> values = n == null ? null : Arrays.asList(
                n.name(), n.odsCode(), n.weightedPopulation(), n.financialYear(), n.rotaStart(),
                n.rotaWeeks(), n.amSession().toString(), n.pmSession().toString(), n.payArea(),
                n.employerPensionRate(), n.clinicShare());
        List<String> keys = Sheets.networkKeys();
        for (int i = 0; i < keys.size(); i++) {
            sheet.row(keys.get(i), values == null ? null : values.get(i));
        }
        sheet.percentAt(keys.indexOf("Employer pension rate") + 1, 1);
        sheet.percentAt(keys.indexOf("Clinic share") + 1, 1);
    }
}
