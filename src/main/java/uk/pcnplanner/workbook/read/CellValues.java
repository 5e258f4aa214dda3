package uk.pcnplanner.workbook.read;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import uk.pcnplanner.workbook.Messages;

/**
 * The contract's cell types. A formula cell counts as its cached result: nothing is ever evaluated,
 * so a workbook cannot make the portal compute or fetch anything.
 */
final class CellValues {

    private static final Set<String> YES = Set.of("Y", "YES", "TRUE");
    private static final Set<String> NO = Set.of("N", "NO", "FALSE");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})");
    private static final Pattern MONEY_NOISE = Pattern.compile("[£,\\s]");

    private CellValues() {}

    static CellType type(Cell cell) {
        return cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    }

    static boolean isBlank(Cell cell) {
        if (cell == null) {
            return true;
        }
        return switch (type(cell)) {
            case BLANK -> true;
            case STRING -> clean(cell.getStringCellValue()).isEmpty();
            default -> false;
        };
    }

    /** Text and code-like cells: a number typed in Excel reads as it looks, {@code 1001} not {@code 1001.0}. */
    static String text(Cell cell, String column) throws CellProblem {
        return switch (type(cell)) {
            case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> throw new CellProblem(Messages.formulaError(column));
            default -> clean(cell.getStringCellValue());
        };
    }

    static BigDecimal number(Cell cell, String column) throws CellProblem {
        if (type(cell) == CellType.NUMERIC) {
            return BigDecimal.valueOf(cell.getNumericCellValue());
        }
        String text = text(cell, column);
        try {
            return new BigDecimal(MONEY_NOISE.matcher(text).replaceAll(""));
        } catch (NumberFormatException e) {
            throw new CellProblem(Messages.notNumber(column, text));
        }
    }

    /** A share such as {@code 14.38%} typed as text, or {@code 0.1438} (percent-formatted or not). */
    static BigDecimal share(Cell cell, String column) throws CellProblem {
        if (type(cell) == CellType.NUMERIC) {
            return BigDecimal.valueOf(cell.getNumericCellValue());
        }
        String text = text(cell, column);
        if (!text.endsWith("%")) {
            return number(cell, column);
        }
        try {
            return new BigDecimal(text.substring(0, text.length() - 1).strip()).movePointLeft(2);
        } catch (NumberFormatException e) {
            throw new CellProblem(Messages.notNumber(column, text));
        }
    }

    static LocalDate date(Cell cell, String column) throws CellProblem {
        if (type(cell) == CellType.NUMERIC) {
            return DateUtil.getLocalDateTime(cell.getNumericCellValue()).toLocalDate();
        }
        String text = text(cell, column);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CellProblem(Messages.notDate(column, text));
        }
    }

    static LocalTime time(Cell cell, String column) throws CellProblem {
        if (type(cell) == CellType.NUMERIC) {
            double fraction = cell.getNumericCellValue();
            if (fraction < 0 || fraction >= 1) {
                throw new CellProblem(Messages.notTime(column, text(cell, column)));
            }
            return LocalTime.ofSecondOfDay(Math.round(fraction * 24 * 60) * 60 % 86_400);
        }
        String text = text(cell, column);
        Matcher m = TIME.matcher(text);
        if (!m.matches() || Integer.parseInt(m.group(1)) > 23 || Integer.parseInt(m.group(2)) > 59) {
            throw new CellProblem(Messages.notTime(column, text));
        }
        return LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    static Boolean yesNo(Cell cell, String column) throws CellProblem {
        if (type(cell) == CellType.BOOLEAN) {
            return cell.getBooleanCellValue();
        }
        String text = text(cell, column);
        String upper = text.toUpperCase(Locale.ROOT);
        if (YES.contains(upper) || NO.contains(upper)) {
            return YES.contains(upper);
        }
        throw new CellProblem(Messages.notYesNo(column, text));
    }

    static <E extends Enum<E>> CellParser<E> choice(Class<E> type) {
        return (cell, column) -> {
            String text = text(cell, column);
            for (E value : type.getEnumConstants()) {
                if (value.name().equalsIgnoreCase(text)) {
                    return value;
                }
            }
            throw new CellProblem(Messages.notOneOf(column, names(type), text));
        };
    }

    static <E extends Enum<E>> List<String> names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    /** Spreadsheet text often carries non-breaking spaces, which Java's strip does not remove. */
    static String clean(String text) {
        return text == null ? "" : text.replace('\u00A0', ' ').strip();
    }
}
