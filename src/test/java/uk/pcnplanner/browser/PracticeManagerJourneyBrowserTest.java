package uk.pcnplanner.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.pcnplanner.browser.Keyboard.tabTo;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import uk.pcnplanner.network.domain.Room;
import uk.pcnplanner.network.service.NetworkService;
import uk.pcnplanner.network.service.PracticeService;
import uk.pcnplanner.network.service.RoomService;
import uk.pcnplanner.rota.export.RotaPlan;
import uk.pcnplanner.rota.publish.Signed;
import uk.pcnplanner.rota.publish.service.PublicationSummary;
import uk.pcnplanner.rota.publish.service.PublishService;
import uk.pcnplanner.rota.publish.service.PublishedRotaService;
import uk.pcnplanner.time.SessionSet;

/**
 * The practice manager's journey in a real browser, with the keyboard alone: sign in, keep a room back
 * for another session and see that it stays, then export the published rota and open the file.
 */
// An application of its own: another browser test's publication in the same one would be listed beside this one's.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Signed.class)
class PracticeManagerJourneyBrowserTest {

    private static final String CASTLE = "C84001";

    @LocalServerPort
    int port;

    @Autowired
    Signed signed;

    @Autowired
    PublishService publishing;

    @Autowired
    PublishedRotaService published;

    @Autowired
    NetworkService networks;

    @Autowired
    PracticeService practices;

    @Autowired
    RoomService rooms;

    @Test
    void aPracticeManagerKeepsARoomBackAndOpensTheirPublishedRotaWithTheKeyboardAlone() {
        // The clinical director has solved and published the rota the practice manager will export.
        signed.solvedOnce();
        PublicationSummary publication = signed.as("director", () -> publishing.publish(
                networks.requireCurrent().getRotaStart(), networks.requireCurrent().rotaEnd()));
        RotaPlan castle = signed.as("pm.castle", () -> published.rota(null, null).orElseThrow());
        List<Room> castleRooms = signed.as("pm.castle", () -> rooms.rooms(practices.practices().getFirst().getId()));
        Room room1 = castleRooms.stream().filter(r -> r.getName().equals("Room 1")).findFirst().orElseThrow();
        String before = room1.getUnavailable().toString();
        String after = SessionSet.parse(before + ", Tue PM").toString();
        assertThat(after).as("Room 1 is not yet kept back on Tuesday afternoons").isNotEqualTo(before);

        try {
            journey(room1, before, after, publication, castle, castleRooms);
        } finally {
            // Whatever shares this application next solves with the demo's rooms.
            signed.as("pm.castle", () -> {
                Room now = rooms.room(room1.getId());
                now.setUnavailable(room1.getUnavailable());
                return rooms.save(now);
            });
        }
    }

    private void journey(Room room1, String before, String after, PublicationSummary publication, RotaPlan castle,
            List<Room> castleRooms) {
        BrowserSession.journey(port, "practice-manager-journey", browser -> {
            Page page = browser.page;
            Keyboard.signIn(page, "pm.castle", "demo");
            assertThat(page.locator("vaadin-side-nav-item:has-text('Practices and rooms')")).isVisible();

            tabTo(page, "Practices and rooms");
            page.keyboard().press("Enter");
            page.waitForURL("**/practices");
            assertThat(page.getByText("Rooms at Castle Surgery")).isVisible();
            Locator roomGrid = page.locator("vaadin-grid").filter(new Locator.FilterOptions()
                    .setHasText("Unavailable sessions"));
            assertThat(BrowserSession.rows(roomGrid)).contains(row(room1, before));

            Keyboard.tabToRows(page, roomGrid);
            Keyboard.arrowToRow(page, roomGrid, "ArrowDown", "Room 1");
            page.keyboard().press("Space");
            Locator edit = page.locator("vaadin-button:has-text('Edit room')");
            assertThat(edit).isEnabled();
            Keyboard.shiftTabTo(page, "Edit room");
            page.keyboard().press("Enter");

            assertThat(page.getByText("Edit Room 1")).isVisible();
            tabTo(page, "Unavailable sessions");
            page.keyboard().press("End");
            page.keyboard().type(", Tue PM");
            tabTo(page, "Save");
            page.keyboard().press("Enter");
            assertThat(page.getByText("Edit Room 1")).isHidden();
            assertRowShows(roomGrid, row(room1, after));

            page.reload();
            assertThat(page.getByText("Rooms at Castle Surgery")).isVisible();
            assertRowShows(roomGrid, row(room1, after));

            tabTo(page, "Published rota");
            page.keyboard().press("Enter");
            page.waitForURL("**/published-rota");
            assertThat(page.locator("p").getByText(publication.label(), new Locator.GetByTextOptions().setExact(true)))
                    .isVisible();
            tabTo(page, page.locator("#export-published"));
            page.keyboard().press("Enter");
            Locator download = page.locator("#download-published");
            assertThat(download).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
            assertThat(download).hasText("Download rota-" + CASTLE + ".xlsx");
            tabTo(page, download);
            Download file = page.waitForDownload(() -> page.keyboard().press("Enter"));

            assertThat(file.suggestedFilename()).isEqualTo("rota-" + CASTLE + ".xlsx");
            assertTheWorkbookHoldsOnlyCastle(file, castle, castleRooms);
        });
    }

    /** The room grid's text for a room: name, type, capacity, access and unavailable sessions. */
    private static String row(Room room, String unavailable) {
        return String.join(" | ", room.getName(), room.getType().label(), String.valueOf(room.getCapacity()),
                room.isAccessible() ? "Yes" : "No", unavailable.isEmpty() ? "None" : unavailable);
    }

    private static void assertRowShows(Locator grid, String row) {
        // The grid shows the saved room once the server's answer reaches the page.
        assertThat(grid.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(row.substring(row.lastIndexOf(" | ") + 3))).first()).isVisible();
        assertThat(BrowserSession.rows(grid)).contains(row);
    }

    private static void assertTheWorkbookHoldsOnlyCastle(Download file, RotaPlan castle, List<Room> castleRooms) {
        DataFormatter formatter = new DataFormatter();
        try (InputStream in = Files.newInputStream(file.path()); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            List<String> sheets = new ArrayList<>();
            workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
            assertThat(sheets).containsExactly("Castle Surgery", "By person", "By room", "Supervision",
                    "Plan score", "Changed since last published", "Assignments", "Unassigned", "Score");

            Sheet assignments = workbook.getSheet("Assignments");
            assertThat(formatter.formatCellValue(assignments.getRow(0).getCell(6))).isEqualTo("Practice code");
            assertThat(formatter.formatCellValue(assignments.getRow(0).getCell(7))).isEqualTo("Room");
            Set<String> roomNames = castleRooms.stream().map(Room::getName).collect(Collectors.toSet());
            List<String> codes = new ArrayList<>();
            List<String> roomsUsed = new ArrayList<>();
            for (Row row : assignments) {
                if (row.getRowNum() > 0) {
                    codes.add(formatter.formatCellValue(row.getCell(6)));
                    String room = formatter.formatCellValue(row.getCell(7));
                    if (!room.isEmpty()) {
                        roomsUsed.add(room);
                    }
                }
            }
            assertThat(codes).hasSize(castle.assignments().size()).isNotEmpty().containsOnly(CASTLE);
            assertThat(roomsUsed).isNotEmpty().allMatch(roomNames::contains);
        } catch (IOException e) {
            throw new AssertionError("The downloaded workbook cannot be read", e);
        }
    }
}
