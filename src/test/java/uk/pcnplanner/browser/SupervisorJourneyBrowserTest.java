package uk.pcnplanner.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.pcnplanner.browser.Keyboard.tabTo;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The supervisor's journey in a real browser, with the keyboard alone: sign in, book a supervisee's
 * debrief at one of the suggested times, see it on the page, then find it in their calendar file.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SupervisorJourneyBrowserTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
    /** "Tue 12 Jan 2027 12:30-13:30 · Room 2, Castle Surgery", as a suggested time describes itself. */
    private static final Pattern SLOT = Pattern.compile("(.+ \\d{4}) (\\d{2}:\\d{2})-(\\d{2}:\\d{2}) · (.+)");

    @LocalServerPort
    int port;

    @Test
    void aSupervisorBooksADebriefFromASuggestedTimeAndFindsItInTheirCalendarWithTheKeyboardAlone() {
        BrowserSession.journey(port, "supervisor-journey", browser -> {
            Page page = browser.page;
            Keyboard.signIn(page, "supervisor", "demo");
            assertThat(page.locator("vaadin-side-nav-item:has-text('Supervision')").first()).isVisible();

            tabTo(page, "Supervision");
            page.keyboard().press("Enter");
            page.waitForURL("**/supervision");
            Locator supervisees = page.locator("vaadin-grid").filter(new Locator.FilterOptions()
                    .setHasText("Standing"));
            assertThat(supervisees.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                    .setHasText("Debrief")).first()).isVisible();
            String supervisee = BrowserSession.rows(supervisees).stream()
                    .map(row -> row.split(" \\| "))
                    .filter(cells -> cells[1].equals("Debrief"))
                    .map(cells -> cells[0]).findFirst().orElseThrow();

            // Who: tick the supervisee; what: a debrief; then ask for times.
            tabTo(page, supervisee);
            page.keyboard().press("Space");
            assertThat(page.locator("vaadin-checkbox").filter(new Locator.FilterOptions().setHasText(supervisee)))
                    .hasAttribute("checked", "");
            tabTo(page, "Kind");
            Locator kind = page.locator("vaadin-select").filter(new Locator.FilterOptions().setHasText("Kind"));
            // Down opens the list on the kind chosen now; Down again until Debrief, and Enter takes it.
            page.keyboard().press("ArrowDown");
            assertThat(page.locator("vaadin-select-item").filter(new Locator.FilterOptions()
                    .setHasText("Debrief"))).isVisible();
            Keyboard.pressUntil(page, "ArrowDown", "Debrief");
            page.keyboard().press("Enter");
            assertThat(kind.locator("vaadin-select-value-button")).hasText("Debrief");
            tabTo(page, "Suggest times");
            page.keyboard().press("Enter");

            Locator firstSlot = page.locator(".suggested-slot vaadin-button").first();
            assertThat(firstSlot).isVisible();
            String slot = firstSlot.getAttribute("aria-label").substring("Book: ".length());
            Matcher when = SLOT.matcher(slot);
            assertThat(when.matches()).as("A suggested time says when and where: " + slot).isTrue();
            LocalDate date = LocalDate.parse(when.group(1), DAY);
            LocalTime start = LocalTime.parse(when.group(2));
            LocalTime end = LocalTime.parse(when.group(3));
            String place = when.group(4);
            tabTo(page, firstSlot);
            page.keyboard().press("Enter");

            // The booking is listed with its date, time and room (or remote), and the suggestions go away.
            Locator booked = page.locator("vaadin-grid").filter(new Locator.FilterOptions().setHasText("Where"));
            String listed = String.join(" | ", DAY.format(date) + " " + start + "-" + end, "Debrief", supervisee,
                    place);
            assertThat(booked.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                    .setHasText(supervisee)).first()).isVisible();
            assertThat(BrowserSession.rows(booked)).anyMatch(row -> row.startsWith(listed));
            String next = DAY.format(date) + " " + start;
            assertThat(BrowserSession.rows(supervisees)).as("the debrief is the supervisee's next")
                    .anyMatch(row -> row.startsWith(supervisee + " | Debrief | ") && row.contains(" | " + next + " | "));
            assertThat(page.getByText("Suggested times", new Page.GetByTextOptions().setExact(true))).isHidden();
            // The button taken goes with the suggestions; the focus goes back to "Suggest times", not the page top.
            assertThat(page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Suggest times")))
                    .isFocused();

            tabTo(page, "Calendars");
            page.keyboard().press("Enter");
            page.waitForURL("**/calendars");
            Locator calendars = page.locator("vaadin-grid[aria-label='Calendars to download']");
            Locator link = calendars.locator("a").first();
            assertThat(link).isVisible();
            // A link in a grid cell is reached as the grid's keyboard model has it: Tab to the rows, arrows to
            // the cell, Enter to act inside it, and Enter again to follow the link.
            Keyboard.tabToRows(page, calendars);
            Keyboard.arrowToCellOf(page, link, "ArrowRight");
            page.keyboard().press("Enter");
            assertThat(link).isFocused();
            Download file = page.waitForDownload(() -> page.keyboard().press("Enter"));

            assertThat(file.suggestedFilename()).endsWith(".ics");
            List<List<String>> events = events(file);
            String stamp = DateTimeFormatter.BASIC_ISO_DATE.format(date) + "T";
            assertThat(events).as("The calendar holds the debrief booked").anySatisfy(event -> {
                assertThat(event).contains("DTSTART;TZID=Europe/London:" + stamp + time(start),
                        "DTEND;TZID=Europe/London:" + stamp + time(end));
                assertThat(event).anyMatch(line -> line.startsWith("SUMMARY:Debrief: ") && line.contains(supervisee));
                assertThat(event).contains("LOCATION:" + (place.startsWith("remote") ? "Remote" : place)
                        .replace(",", "\\,"));
            });
        });
    }

    private static String time(LocalTime time) {
        return DateTimeFormatter.ofPattern("HHmmss").format(time);
    }

    /** The calendar's events, each as its unfolded content lines (RFC 5545 folds long lines). */
    private static List<List<String>> events(Download file) {
        String text;
        try {
            text = Files.readString(file.path(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("The downloaded calendar cannot be read", e);
        }
        List<List<String>> events = new ArrayList<>();
        List<String> event = null;
        for (String line : text.replace("\r\n ", "").replace("\r\n\t", "").split("\r\n")) {
            if (line.equals("BEGIN:VEVENT")) {
                event = new ArrayList<>();
            } else if (line.equals("END:VEVENT") && event != null) {
                events.add(event);
                event = null;
            } else if (event != null) {
                event.add(line);
            }
        }
        assertThat(Arrays.asList(text.split("\r\n"))).contains("BEGIN:VCALENDAR", "END:VCALENDAR");
        return events;
    }
}
