package uk.pcnplanner.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.pcnplanner.audit.AuditEntry;
import uk.pcnplanner.audit.AuditService;
import uk.pcnplanner.roles.ui.RoleCatalogueView;

/** The audit log is the clinical director's alone. */
@SpringBootTest
class AuditLogViewTest extends SpringBrowserlessTest {

    @Autowired
    AuditService audit;

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void theDirectorSeesEveryChangeAndCanFilterThem() {
        navigate(AuditLogView.class);
        GridTester<Grid<AuditEntry>, AuditEntry> grid = auditGrid();

        assertThat(grid.size()).isEqualTo(audit.search(null, null).size());
        assertThat(grid.getHeaderCell(grid.getColumnPosition("when"))).isEqualTo("When");
        assertThat(grid.getHeaderCell(grid.getColumnPosition("old"))).isEqualTo("Old value");
        @SuppressWarnings("unchecked")
        ComboBox<String> type = $(ComboBox.class).withLabel("Entity type").single();
        assertThat(test(type).getSuggestionItems()).containsExactlyElementsOf(audit.entityTypes());

        test($(TextField.class).withLabel("Search").single()).setValue("no change is called this");
        assertThat(grid.size()).isZero();
        assertThat(grid.getComponent().getEmptyStateText()).isEqualTo("No changes match these filters.");
    }

    @Test
    void timesAreShownInLondonTime() {
        assertThat(AuditLogView.when(Instant.parse("2026-07-01T08:05:00Z"))).isEqualTo("1 Jul 2026 09:05");
        assertThat(AuditLogView.when(Instant.parse("2026-12-01T08:05:00Z"))).isEqualTo("1 Dec 2026 08:05");
    }

    @Test
    @WithUserDetails(value = "pm.castle", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aPracticeManagerCannotOpenTheAuditLog() {
        assertCannotOpenTheAuditLog();
    }

    @Test
    @WithUserDetails(value = "supervisor", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aSupervisorCannotOpenTheAuditLog() {
        assertCannotOpenTheAuditLog();
    }

    private void assertCannotOpenTheAuditLog() {
        navigate(RoleCatalogueView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
                .contains("Role catalogue")
                .doesNotContain("Audit log");
        // Denied navigation shows the not-found page, as for a route that does not exist.
        assertThatThrownBy(() -> navigate(AuditLogView.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RouteNotFoundError");
        assertThat(getCurrentView()).isNotInstanceOf(AuditLogView.class);
        assertThatThrownBy(() -> audit.search(null, null)).isInstanceOf(AccessDeniedException.class);
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<AuditEntry>, AuditEntry> auditGrid() {
        return test($(Grid.class).withAttribute("aria-label", "Audit log").single());
    }
}
