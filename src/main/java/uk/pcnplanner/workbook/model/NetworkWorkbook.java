package uk.pcnplanner.workbook.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import uk.pcnplanner.network.domain.PayArea;
import uk.pcnplanner.network.domain.RoomNeed;
import uk.pcnplanner.network.domain.RoomType;
import uk.pcnplanner.staff.domain.Funding;
import uk.pcnplanner.supervision.domain.SupervisionKind;
import uk.pcnplanner.time.Half;
import uk.pcnplanner.time.SessionSet;
import uk.pcnplanner.time.SupervisionWindows;
import uk.pcnplanner.time.TimeRange;

/**
 * The content of a network workbook as plain values, sheet by sheet, in the order of the rows. Read
 * from a file on import and built from the database on export, so both share one writer and one
 * meaning. {@code row} is the spreadsheet row a value came from (0 when it did not come from a file).
 */
public record NetworkWorkbook(
        NetworkSettings network,
        List<PracticeRow> practices,
        List<RoomRow> rooms,
        List<StaffRow> staff,
        List<LeaveRow> leave,
        List<DemandRow> demand,
        List<RuleRow> rules,
        List<PostRow> posts,
        List<BookingRow> bookings) {

    public record NetworkSettings(
            String name,
            String odsCode,
            BigDecimal weightedPopulation,
            String financialYear,
            LocalDate rotaStart,
            int rotaWeeks,
            TimeRange amSession,
            TimeRange pmSession,
            PayArea payArea,
            BigDecimal employerPensionRate,
            BigDecimal clinicShare) {}

    public record PracticeRow(
            int row, String code, String name, int listSize, SessionSet openSessions, Integer linkWorkerSessions) {}

    public record RoomRow(
            int row,
            String practiceCode,
            String name,
            RoomType type,
            int capacity,
            boolean accessible,
            SessionSet unavailable) {}

    /** A null needsRoom means the role's default; a null funding the contract's default for the role. */
    public record StaffRow(
            int row,
            String id,
            String name,
            String role,
            BigDecimal wte,
            String band,
            BigDecimal annualSalary,
            LocalDate startDate,
            LocalDate endDate,
            String basePractice,
            SessionSet workingSessions,
            List<String> practices,
            String supervisor,
            SupervisionWindows supervisionWindows,
            int superviseeCapacity,
            RoomNeed needsRoom,
            boolean needsAccessibleRoom,
            Funding funding) {}

    public record LeaveRow(int row, String staffId, LocalDate from, LocalDate to, Half half) {}

    public record DemandRow(int row, String practiceCode, String role, int sessionsPerWeek, SessionSet preferred) {}

    public record RuleRow(int row, String role, SupervisionKind kind, int minutes, int everyWeeks, Integer groupSize) {}

    public record PostRow(
            int row,
            String id,
            String role,
            BigDecimal wte,
            String band,
            BigDecimal annualSalary,
            LocalDate startDate,
            LocalDate endDate,
            String practiceCode) {}

    public record BookingRow(
            int row,
            LocalDate date,
            Half session,
            LocalTime start,
            Integer minutes,
            String staffId,
            BookingActivity activity,
            String practiceCode,
            String room,
            List<String> with) {}
}
