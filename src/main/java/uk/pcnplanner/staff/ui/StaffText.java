package uk.pcnplanner.staff.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.pcnplanner.network.domain.RoomNeed;
import uk.pcnplanner.staff.domain.Funding;

/** How the staff screens write amounts, dates and codes for people to read. */
final class StaffText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private StaffText() {}

    /** E.g. {@code £31,049.00}; blank when there is no amount. */
    static String money(BigDecimal amount) {
        return amount == null ? "" : NumberFormat.getCurrencyInstance(Locale.UK).format(amount);
    }

    /** E.g. {@code 3 Feb 2025}; blank when there is no date. */
    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** E.g. {@code 0.8} or {@code 1}. */
    static String wte(BigDecimal wte) {
        return wte == null ? "" : wte.stripTrailingZeros().toPlainString();
    }

    static String funding(Funding funding) {
        if (funding == null) {
            return "";
        }
        return switch (funding) {
            case ARRS -> "ARRS";
            case PRACTICE -> "Practice";
            case OTHER -> "Other";
        };
    }

    static String roomNeed(RoomNeed need) {
        if (need == null) {
            return "";
        }
        return switch (need) {
            case CONSULTING -> "Consulting room";
            case CLINICAL -> "Clinical room";
            case GROUP -> "Group room";
            case OFFICE -> "Office";
            case NONE -> "No room";
        };
    }
}
