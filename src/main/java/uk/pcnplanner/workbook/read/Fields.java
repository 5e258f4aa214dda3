package uk.pcnplanner.workbook.read;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import uk.pcnplanner.staff.domain.Bands;
import uk.pcnplanner.time.SessionSet;
import uk.pcnplanner.time.SupervisionWindows;
import uk.pcnplanner.time.TimeRange;
import uk.pcnplanner.workbook.Messages;

/** The column types of the contract, each with its own rule and message. */
final class Fields {

    static final CellParser<String> TEXT = CellValues::text;
    static final CellParser<BigDecimal> NUMBER = CellValues::number;
    static final CellParser<LocalDate> DATE = CellValues::date;
    static final CellParser<LocalTime> TIME = CellValues::time;
    static final CellParser<Boolean> YES_NO = CellValues::yesNo;

    static final CellParser<BigDecimal> WTE = (cell, column) -> {
        BigDecimal wte = CellValues.number(cell, column);
        if (wte.signum() <= 0 || wte.compareTo(BigDecimal.ONE) > 0) {
            throw new CellProblem(Messages.wte(column, wte));
        }
        if (wte.stripTrailingZeros().scale() > 3) {
            throw new CellProblem(Messages.tooPrecise(column, wte, 3));
        }
        return wte;
    };

    static final CellParser<BigDecimal> AMOUNT = (cell, column) -> {
        BigDecimal amount = CellValues.number(cell, column);
        if (amount.signum() < 0) {
            throw new CellProblem(Messages.notNegative(column, amount));
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new CellProblem(Messages.tooPrecise(column, amount, 2));
        }
        return amount;
    };

    static final CellParser<BigDecimal> SHARE = (cell, column) -> {
        BigDecimal share = CellValues.share(cell, column);
        if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new CellProblem(Messages.share(column, share));
        }
        if (share.stripTrailingZeros().scale() > 6) {
            throw new CellProblem(Messages.tooPrecise(column, share, 6));
        }
        return share;
    };

    static final CellParser<String> BAND = (cell, column) -> {
        String band = CellValues.text(cell, column).toLowerCase(Locale.ROOT);
        if (!Bands.ALL.contains(band)) {
            throw new CellProblem(Messages.notOneOf(column, Bands.ALL, band));
        }
        return band;
    };

    static final CellParser<SessionSet> SESSIONS = (cell, column) -> {
        try {
            return SessionSet.parse(CellValues.text(cell, column));
        } catch (IllegalArgumentException e) {
            throw new CellProblem(e.getMessage());
        }
    };

    static final CellParser<SupervisionWindows> WINDOWS = (cell, column) -> {
        try {
            return SupervisionWindows.parse(CellValues.text(cell, column));
        } catch (IllegalArgumentException e) {
            throw new CellProblem(e.getMessage());
        }
    };

    static final CellParser<TimeRange> TIME_RANGE = (cell, column) -> {
        try {
            return TimeRange.parse(CellValues.text(cell, column));
        } catch (IllegalArgumentException e) {
            throw new CellProblem(e.getMessage());
        }
    };

    /** Codes separated by commas or semicolons, as typed. */
    static final CellParser<List<String>> CODES = (cell, column) -> Arrays.stream(
                    CellValues.text(cell, column).split("[,;]"))
            .map(CellValues::clean)
            .filter(code -> !code.isEmpty())
            .toList();

    private Fields() {}

    static CellParser<Integer> wholeNumber(int min) {
        return wholeNumber(min, Integer.MAX_VALUE, Messages.atLeast(min));
    }

    static CellParser<Integer> wholeNumber(int min, int max) {
        return wholeNumber(min, max, Messages.between(min, max));
    }

    private static CellParser<Integer> wholeNumber(int min, int max, String range) {
        return (cell, column) -> {
            BigDecimal number = CellValues.number(cell, column);
            String got = number.stripTrailingZeros().toPlainString();
            boolean whole = number.stripTrailingZeros().scale() <= 0;
            if (!whole || number.compareTo(BigDecimal.valueOf(min)) < 0
                    || number.compareTo(BigDecimal.valueOf(max)) > 0) {
                throw new CellProblem(Messages.notWholeNumber(column, range, got));
            }
            return number.intValueExact();
        };
    }

    static <E extends Enum<E>> CellParser<E> choice(Class<E> type) {
        return CellValues.choice(type);
    }
}
