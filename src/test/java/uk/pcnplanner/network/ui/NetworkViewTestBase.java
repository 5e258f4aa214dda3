package uk.pcnplanner.network.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import uk.pcnplanner.network.domain.Practice;
import uk.pcnplanner.network.service.PracticeService;
import uk.pcnplanner.network.service.RoomService;

/** Shared steps for the practices and rooms view tests, run against the demo network. */
@SpringBootTest
@ViewPackages(packages = "uk.pcnplanner")
abstract class NetworkViewTestBase extends SpringBrowserlessTest {

    static final String CASTLE = "Castle Surgery";

    private final Set<String> roomsToRemove = new HashSet<>();

    @Autowired
    PracticeService practiceService;

    @Autowired
    RoomService roomService;

    /**
     * Opens the view as the signed-in user. Method security wraps the {@code @RolesAllowed} view bean
     * in a proxy, so the component in the page is looked up rather than taken from navigate().
     */
    PracticesView openView() {
        navigate(PracticesView.class);
        return $(PracticesView.class).single();
    }

    Practice practiceNamed(String name) {
        return practiceService.practices().stream()
                .filter(p -> p.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No practice called " + name));
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A unique room name; rooms given one are deleted after the test so other tests see the demo rooms. */
    String roomName(String prefix) {
        String name = unique(prefix);
        roomsToRemove.add(name);
        return name;
    }

    @AfterEach
    void removeCreatedRooms() {
        if (roomsToRemove.isEmpty()) {
            return;
        }
        for (Practice practice : practiceService.practices()) {
            roomService.rooms(practice.getId()).stream()
                    .filter(room -> roomsToRemove.contains(room.getName()))
                    .forEach(roomService::delete);
        }
    }

    <T> int rowOf(Grid<T> grid, Predicate<T> match) {
        var tester = test(grid);
        for (int row = 0; row < tester.size(); row++) {
            if (match.test(tester.getRow(row))) {
                return row;
            }
        }
        return -1;
    }

    /** The text of one column, row by row, as shown. */
    List<String> column(Grid<?> grid, int column) {
        var tester = test(grid);
        return IntStream.range(0, tester.size()).mapToObj(row -> tester.getCellText(row, column)).toList();
    }

    <T> void selectRow(Grid<T> grid, Predicate<T> match) {
        int row = rowOf(grid, match);
        if (row < 0) {
            throw new AssertionError("No such row in the grid");
        }
        test(grid).select(row);
    }

    /** The texts of every notification now showing, as the person reads them. */
    List<String> notices() {
        return $(Notification.class).all().stream()
                .filter(Notification::isOpened)
                .map(n -> test(n).getText())
                .toList();
    }

    EditDialog<?> openDialog() {
        List<EditDialog> dialogs = $(EditDialog.class).all().stream().filter(EditDialog::isOpened).toList();
        if (dialogs.size() != 1) {
            throw new AssertionError("Expected one open dialog, found " + dialogs.size());
        }
        return dialogs.getFirst();
    }

    /** The form in the one open dialog. */
    <F extends EditForm<?>> F openForm(Class<F> type) {
        return type.cast(openDialog().form);
    }

    boolean dialogOpen() {
        return $(EditDialog.class).all().stream().anyMatch(EditDialog::isOpened);
    }

    void confirm() {
        test($(ConfirmDialog.class).single()).confirm();
    }
}
