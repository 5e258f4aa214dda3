package uk.pcnplanner.budget.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Money as people read it in the portal, the workbook and the command line: {@code £1,234,567.89}. */
public final class Pounds {

    private Pounds() {}

    public static String format(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        format.setRoundingMode(RoundingMode.HALF_UP);
        String digits = format.format(amount.abs());
        return amount.signum() < 0 ? "-£" + digits : "£" + digits;
    }
}
