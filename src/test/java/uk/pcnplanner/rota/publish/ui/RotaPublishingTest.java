package uk.pcnplanner.rota.publish.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.VaadinSession;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.service.NetworkService;
import uk.pcnplanner.rota.export.RotaExportService;
import uk.pcnplanner.rota.publish.Signed;
import uk.pcnplanner.rota.publish.service.PublishService;
import uk.pcnplanner.rota.ui.RotaView;

/** The clinic rota's Publish and Export buttons, for the clinical director. */
@SpringBootTest
@Import(Signed.class)
class RotaPublishingTest extends SpringBrowserlessTest {

    @Autowired
    Signed signed;

    @Autowired
    PublishService publishing;

    @Autowired
    NetworkService networks;

    @Autowired
    RotaExportService drafts;

    @BeforeEach
    void solved() {
        signed.solvedOnce();
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void publishingFromTheRotaAddsToTheHistoryNewestFirst() {
        Network network = networks.requireCurrent();
        int before = publishing.history().size();
        PublishDialog dialog = openDialog();
        assertThat(dialog.from.getValue()).isEqualTo(network.getRotaStart());
        assertThat(dialog.to.getValue()).isEqualTo(network.rotaEnd());

        test(dialog.publish).click();
        dialog.to.setValue(network.getRotaStart().plusDays(13));
        test(dialog.publish).click();

        assertThat(notices()).anyMatch(n -> n.startsWith("Published ") && n.endsWith(" items"));
        assertThat(test(dialog.history).size()).isEqualTo(before + 2);
        assertThat(test(dialog.history).getRow(0).to()).isEqualTo(network.getRotaStart().plusDays(13));
        assertThat(test(dialog.history).getRow(1).to()).isEqualTo(network.rotaEnd());
        assertThat(test(dialog.history).getCellText(0, 1)).startsWith("Published on").endsWith("by director");
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aBackwardsDateRangeIsRefusedOnTheFieldAndNothingIsPublished() {
        Network network = networks.requireCurrent();
        int before = publishing.history().size();
        PublishDialog dialog = openDialog();

        dialog.from.setValue(network.rotaEnd());
        dialog.to.setValue(network.getRotaStart());
        test(dialog.publish).click();

        assertThat(dialog.to.isInvalid()).isTrue();
        assertThat(dialog.to.getErrorMessage()).startsWith("Must be on or after From");
        assertThat(publishing.history()).hasSize(before);
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void exportingTheDraftRunsInTheBackgroundAndOffersTheWorkbook() throws Exception {
        navigate(RotaView.class);
        RotaPublishing buttons = $(RotaPublishing.class).single();

        test(buttons.export.button()).click();
        buttons.export.running.get();
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);

        assertThat(buttons.export.link().isVisible()).isTrue();
        assertThat(buttons.export.link().getText()).isEqualTo("Download rota-draft.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(drafts.networkWorkbook()))) {
            assertThat(workbook.getSheet("By person").getHeader().getRight()).endsWith(", not published");
        }
    }

    private PublishDialog openDialog() {
        navigate(RotaView.class);
        test($(RotaPublishing.class).single().publish).click();
        return $(PublishDialog.class).single();
    }

    private List<String> notices() {
        return $(Notification.class).all().stream().filter(Notification::isOpened).map(n -> test(n).getText()).toList();
    }
}
