package uk.pcnplanner.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Each mistake a practice manager can make in a hand-filled workbook, one workbook each, with the
 * exact cell and wording of the report line they get back.
 */
class MalformedWorkbookTest {

    private static void assertErrors(WorkbookFixture workbook, String... expected) {
        assertThat(Analyse.errors(workbook)).containsExactly(expected);
    }

    @Test
    void missingSheet() {
        assertErrors(WorkbookFixture.valid().removeSheet("Staff"), "File: missing sheet \"Staff\"");
    }

    @Test
    void missingColumn() {
        assertErrors(WorkbookFixture.valid().set("Staff", "D1", null), "Staff: missing column \"WTE\"");
    }

    @Test
    void missingValueColumnOfTheNetworkSheet() {
        assertErrors(WorkbookFixture.valid().set("Network", "B1", "Setting"), "Network: missing column \"Value\"");
    }

    @Test
    void missingNetworkKey() {
        assertErrors(WorkbookFixture.valid().clearRow("Network", 6), "Network: missing key \"Rota start\"");
    }

    @Test
    void requiredCellLeftEmpty() {
        assertErrors(WorkbookFixture.valid().set("Staff", "B3", null), "Staff!B3: Name is required");
    }

    @Test
    void duplicateStaffIdIsReportedAtItsSecondOccurrence() {
        assertErrors(WorkbookFixture.valid().set("Staff", "A4", "1001"),
                "Staff!A4: duplicate Staff ID \"1001\" (first on row 3)");
    }

    @Test
    void duplicatePracticeCode() {
        assertErrors(WorkbookFixture.valid().row("Practices", "c84001", "Castle Again", 10),
                "Practices!A4: duplicate practice code \"c84001\" (first on row 2)");
    }

    @Test
    void duplicateRoomWithinAPractice() {
        assertErrors(WorkbookFixture.valid().row("Rooms", "C84001", "Room 1", "OFFICE"),
                "Rooms!B4: duplicate room \"C84001 / Room 1\" (first on row 2)");
    }

    @Test
    void unknownPracticeForARoom() {
        assertErrors(WorkbookFixture.valid().set("Rooms", "A3", "X99"), "Rooms!A3: unknown practice code \"X99\"");
    }

    @Test
    void unknownBasePractice() {
        assertErrors(WorkbookFixture.valid().set("Staff", "I4", "C99999"),
                "Staff!I4: unknown practice code \"C99999\"");
    }

    @Test
    void unknownRole() {
        assertErrors(WorkbookFixture.valid().set("Staff", "C3", "LINKY"), "Staff!C3: unknown role \"LINKY\"");
    }

    @Test
    void unknownSupervisor() {
        assertErrors(WorkbookFixture.valid().set("Staff", "L3", "9999"),
                "Staff!L3: unknown supervisor Staff ID \"9999\"");
    }

    @Test
    void leaveForUnknownStaff() {
        assertErrors(WorkbookFixture.valid().set("Leave", "A2", "1003"), "Leave!A2: unknown Staff ID \"1003\"");
    }

    @Test
    void bookingForUnknownStaff() {
        assertErrors(WorkbookFixture.valid().set("Bookings", "E3", "9999"),
                "Bookings!E3: unknown Staff ID \"9999\"");
    }

    @Test
    void bookingOfAnUnknownRoom() {
        assertErrors(WorkbookFixture.valid().set("Bookings", "H2", "Room 9"),
                "Bookings!H2: unknown room \"Room 9\" at practice C84001");
    }

    @Test
    void wteZero() {
        assertErrors(WorkbookFixture.valid().set("Staff", "D3", 0), "Staff!D3: WTE must be > 0 and ≤ 1, got 0");
    }

    @Test
    void wteNegative() {
        WorkbookFixture f = WorkbookFixture.valid().row("Staff").row("Staff")
                .row("Staff", "1003", "Cara Care", "CC", -0.5, "4", null, null, null, "C84002", "Mon-Fri");
        assertErrors(f, "Staff!D7: WTE must be > 0 and ≤ 1, got -0.5");
    }

    @Test
    void wteAboveOne() {
        assertErrors(WorkbookFixture.valid().set("Planned posts", "C2", 1.2),
                "Planned posts!C2: WTE must be > 0 and ≤ 1, got 1.2");
    }

    @Test
    void wteAsText() {
        assertErrors(WorkbookFixture.valid().set("Staff", "D3", "full time"),
                "Staff!D3: WTE must be a number, got \"full time\"");
    }

    @Test
    void badDate() {
        assertErrors(WorkbookFixture.valid().set("Staff", "G3", "1st April"),
                "Staff!G3: Start date must be a date such as 2026-01-05, got \"1st April\"");
    }

    @Test
    void leaveEndingBeforeItStartsIsReportedAtItsEnd() {
        assertErrors(WorkbookFixture.valid().set("Leave", "C2", LocalDate.of(2027, 1, 10)),
                "Leave!C2: To must be on or after From (2027-01-11), got 2027-01-10");
    }

    @Test
    void rotaStartNotAMonday() {
        assertErrors(WorkbookFixture.valid().set("Network", "B6", LocalDate.of(2027, 1, 5)),
                "Network!B6: Rota start must be a Monday, got 2027-01-05 (a Tuesday)");
    }

    @Test
    void rotaWeeksOutOfRange() {
        assertErrors(WorkbookFixture.valid().set("Network", "B7", 60),
                "Network!B7: Rota weeks must be a whole number from 1 to 52, got 60");
    }

    @Test
    void badSessionList() {
        assertErrors(WorkbookFixture.valid().set("Staff", "J3", "Mon XM"),
                "Staff!J3: \"Mon XM\": the session must be AM or PM, got \"XM\"");
    }

    @Test
    void badDayInASessionList() {
        assertErrors(WorkbookFixture.valid().set("Rooms", "F3", "Wdn PM"),
                "Rooms!F3: \"Wdn\" is not a day: use Mon, Tue, Wed, Thu, Fri, Sat or Sun");
    }

    @Test
    void badSupervisionWindow() {
        assertErrors(WorkbookFixture.valid().set("Staff", "M2", "Tue 13:30-12:30"),
                "Staff!M2: \"Tue 13:30-12:30\": the end must be after the start");
    }

    @Test
    void overlappingSupervisionWindows() {
        assertErrors(WorkbookFixture.valid().set("Staff", "M2", "Tue 12:00-13:00; Tue 12:30-13:30"),
                "Staff!M2: \"Tue 12:00-13:00\" overlaps \"Tue 12:30-13:30\"");
    }

    @Test
    void unknownRoomType() {
        assertErrors(WorkbookFixture.valid().set("Rooms", "C2", "KITCHEN"),
                "Rooms!C2: Type must be CONSULTING, CLINICAL, GROUP or OFFICE, got \"KITCHEN\"");
    }

    @Test
    void unknownActivity() {
        assertErrors(WorkbookFixture.valid().set("Bookings", "F3", "LUNCH"),
                "Bookings!F3: Activity must be CLINIC, ONE_TO_ONE, DEBRIEF, GROUP or ROOM, got \"LUNCH\"");
    }

    @Test
    void unknownSupervisionKind() {
        assertErrors(WorkbookFixture.valid().set("Supervision rules", "B2", "MONTHLY"),
                "Supervision rules!B2: Kind must be ONE_TO_ONE, DEBRIEF or GROUP, got \"MONTHLY\"");
    }

    @Test
    void minutesOutOfRange() {
        assertErrors(WorkbookFixture.valid().set("Supervision rules", "C2", 10),
                "Supervision rules!C2: Minutes must be a whole number from 15 to 240, got 10");
    }

    @Test
    void capacityZero() {
        assertErrors(WorkbookFixture.valid().set("Rooms", "D2", 0),
                "Rooms!D2: Capacity must be a whole number ≥ 1, got 0");
    }

    @Test
    void notYesOrNo() {
        assertErrors(WorkbookFixture.valid().set("Rooms", "E2", "maybe"),
                "Rooms!E2: Accessible must be yes or no, got \"maybe\"");
    }

    @Test
    void supervisorOverCapacity() {
        assertErrors(WorkbookFixture.valid().set("Staff", "N2", 1),
                "Staff!N2: 2 staff name 2001 as their supervisor, more than their Supervisee capacity of 1");
    }

    @Test
    void arrsStaffWithoutBandOrSalary() {
        assertErrors(WorkbookFixture.valid().set("Staff", "E3", null),
                "Staff!E3: ARRS-funded staff need a Band or an Annual salary");
    }

    @Test
    void bandOutsideAgendaForChange() {
        assertErrors(WorkbookFixture.valid().set("Staff", "E3", "10"),
                "Staff!E3: Band must be 3, 4, 5, 6, 7, 8a, 8b, 8c, 8d or 9, got \"10\"");
    }

    @Test
    void plannedPostWithAStaffId() {
        assertErrors(WorkbookFixture.valid().set("Planned posts", "A2", "1002"),
                "Planned posts!A2: Post ID \"1002\" is also a Staff ID");
    }

    @Test
    void clinicBookingWithoutASession() {
        assertErrors(WorkbookFixture.valid().set("Bookings", "B3", null),
                "Bookings!B3: CLINIC bookings need a Session (AM or PM)");
    }

    @Test
    void everyErrorIsReportedAtOnceInSheetAndCellOrder() {
        WorkbookFixture f = WorkbookFixture.valid()
                .set("Bookings", "E3", "9999")
                .set("Staff", "D4", 2)
                .set("Staff", "D3", -1)
                .set("Practices", "C3", "many");
        assertErrors(f,
                "Practices!C3: List size must be a number, got \"many\"",
                "Staff!D3: WTE must be > 0 and ≤ 1, got -1",
                "Staff!D4: WTE must be > 0 and ≤ 1, got 2",
                "Bookings!E3: unknown Staff ID \"9999\"");
    }
}
