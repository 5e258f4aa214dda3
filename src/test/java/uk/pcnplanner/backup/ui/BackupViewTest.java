package uk.pcnplanner.backup.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.pcnplanner.backup.BackupService;

@SpringBootTest
@ViewPackages(packages = "uk.pcnplanner")
class BackupViewTest extends SpringBrowserlessTest {

    @Autowired
    BackupService backups;

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void theDirectorCanBackUpButNotRestoreOverAnInstallationThatHoldsData() {
        navigate(BackupView.class);
        BackupView view = $(BackupView.class).single();

        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Backup and restore");
        assertThat(view.makeBackup.isEnabled()).isTrue();
        assertThat(view.upload.isVisible()).as("no restore upload over existing data").isFalse();
        assertThat(view.getElement().getTextRecursively()).contains("already holds a network");

        byte[] someBackup = backups.backup();
        view.restore(someBackup);
        assertThat(view.result.getText())
                .contains("restored only into an empty installation, so that nothing is overwritten");
    }

    @Test
    @WithUserDetails(value = "pm.castle", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aPracticeManagerCannotOpenIt() {
        assertThatThrownBy(() -> navigate(BackupView.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RouteNotFoundError");
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).doesNotContain("Backup and restore");
    }
}
