package uk.pcnplanner.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Every message the workbook import gives, worded once. Practice managers read these beside the
 * file they typed, so each names the column and what was found.
 */
public final class Messages {

    public static final int MAX_ROWS = 20_000;
    public static final int MAX_UPLOAD_MB = 10;

    private Messages() {}

    // The file as a whole.
    public static String emptyFile() {
        return "the file is empty";
    }

    public static String notXlsx() {
        return "not an .xlsx workbook";
    }

    public static String zipNotWorkbook() {
        return "not an .xlsx workbook: it is a zip file with no workbook inside";
    }

    public static String encryptedOrXls() {
        return "encrypted or old .xls workbook: save it from Excel as an .xlsx without a password";
    }

    public static String zipBomb() {
        return "the workbook unpacks to far more data than a network workbook holds, so it was not read";
    }

    public static String tooLarge(long bytes) {
        return "the file is larger than the " + MAX_UPLOAD_MB + " MB limit for a workbook (" + megabytes(bytes)
                + " MB)";
    }

    public static String cannotRead(String file) {
        return "cannot read " + file + ": check the path and that the file is not open elsewhere";
    }

    public static String tooLargeUpload() {
        return "the file is larger than the " + MAX_UPLOAD_MB + " MB limit for a workbook";
    }

    public static String uploadRejected() {
        return "Only an .xlsx workbook of at most " + MAX_UPLOAD_MB + " MB can be uploaded";
    }

    public static String unreadable() {
        return "the workbook could not be read: save it again from Excel as an .xlsx";
    }

    public static String missingSheet(String sheet) {
        return "missing sheet \"" + sheet + "\"";
    }

    // A sheet.
    public static String missingColumn(String column) {
        return "missing column \"" + column + "\"";
    }

    public static String missingKey(String key) {
        return "missing key \"" + key + "\"";
    }

    public static String tooManyRows(int rows) {
        return "has " + rows + " rows, more than the limit of " + String.format("%,d", MAX_ROWS) + " per sheet";
    }

    // Warnings.
    public static String ignoredColumn(String sheet, String column) {
        return "Warning: " + sheet + ": column \"" + column + "\" is ignored";
    }

    public static String ignoredKey(String key) {
        return "Warning: " + Sheets.NETWORK + ": key \"" + key + "\" is ignored";
    }

    public static String ignoredSheet(String sheet) {
        return "Warning: " + Problem.FILE + ": sheet \"" + sheet + "\" is ignored";
    }

    // A cell's value.
    public static String required(String column) {
        return column + " is required";
    }

    public static String notNumber(String column, String got) {
        return column + " must be a number, got " + quoted(got);
    }

    public static String notWholeNumber(String column, String range, String got) {
        return column + " must be a whole number " + range + ", got " + got;
    }

    public static String atLeast(int min) {
        return "≥ " + min;
    }

    public static String between(int min, int max) {
        return "from " + min + " to " + max;
    }

    public static String wte(String column, BigDecimal got) {
        return column + " must be > 0 and ≤ 1, got " + plain(got);
    }

    public static String tooPrecise(String column, BigDecimal got, int places) {
        return column + " must have at most " + places + " decimal places, got " + plain(got);
    }

    public static String notNegative(String column, BigDecimal got) {
        return column + " must be ≥ 0, got " + plain(got);
    }

    public static String share(String column, BigDecimal got) {
        return column + " must be a share from 0% to 100%, got " + plain(got);
    }

    public static String notDate(String column, String got) {
        return column + " must be a date such as 2026-01-05, got " + quoted(got);
    }

    public static String notTime(String column, String got) {
        return column + " must be a time such as 09:30, got " + quoted(got);
    }

    public static String notYesNo(String column, String got) {
        return column + " must be yes or no, got " + quoted(got);
    }

    public static String notOneOf(String column, List<String> choices, String got) {
        String last = choices.getLast();
        String list = choices.size() == 1 ? last
                : String.join(", ", choices.subList(0, choices.size() - 1)) + " or " + last;
        return column + " must be " + list + ", got " + quoted(got);
    }

    public static String formulaError(String column) {
        return column + ": the formula in this cell gives an error";
    }

    public static String notMonday(String column, LocalDate got) {
        return column + " must be a Monday, got " + got + " (a " + dayName(got) + ")";
    }

    public static String financialYear(String got) {
        return "Financial year must be written like 2025/26, got " + quoted(got);
    }

    public static String dateOrder(String endColumn, String startColumn, Object start, Object end) {
        return endColumn + " must be on or after " + startColumn + " (" + start + "), got " + end;
    }

    public static String duplicate(String what, String value, int firstRow) {
        return "duplicate " + what + " \"" + value + "\" (first on row " + firstRow + ")";
    }

    // References between sheets.
    public static String unknown(String what, String value) {
        return "unknown " + what + " \"" + value + "\"";
    }

    public static String unknownRoom(String room, String practiceCode) {
        return "unknown room \"" + room + "\" at practice " + practiceCode;
    }

    public static String roomWithoutPractice() {
        return "a room needs its Practice code";
    }

    public static String postIsStaffId(String postId) {
        return "Post ID \"" + postId + "\" is also a Staff ID";
    }

    public static String ownSupervisor() {
        return "someone cannot be their own supervisor";
    }

    public static String overCapacity(String supervisorId, long supervisees, int capacity) {
        return supervisees + " staff name " + supervisorId + " as their supervisor, more than their Supervisee "
                + "capacity of " + capacity;
    }

    public static String bandOrSalary() {
        return "ARRS-funded staff need a Band or an Annual salary";
    }

    public static String needsSession(String activity) {
        return activity + " bookings need a Session (AM or PM)";
    }

    public static String needsStartAndMinutes(String activity) {
        return activity + " bookings need a Start time and Minutes";
    }

    public static String groupSizeNotGroup() {
        return "Group size applies only to GROUP rules";
    }

    // Replacing the network.
    public static String loginPracticeGone(String username, String practiceCode) {
        return "the login " + username + " is a practice manager of " + practiceCode
                + ", which is not in the workbook: keep the practice or change the login first";
    }

    public static String loginStaffGone(String username, String staffId) {
        return "the login " + username + " is the supervisor with Staff ID " + staffId
                + ", who is not in the workbook: keep them or change the login first";
    }

    private static String quoted(String got) {
        return "\"" + got + "\"";
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String megabytes(long bytes) {
        return String.format("%.1f", bytes / (1024.0 * 1024.0));
    }

    private static String dayName(LocalDate date) {
        String name = date.getDayOfWeek().name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }
}
