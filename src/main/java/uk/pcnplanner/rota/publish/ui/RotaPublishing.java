package uk.pcnplanner.rota.publish.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.context.annotation.Scope;
import uk.pcnplanner.network.service.NetworkService;
import uk.pcnplanner.rota.export.RotaExportService;
import uk.pcnplanner.rota.export.RotaWorkbookWriter;
import uk.pcnplanner.rota.publish.service.PublishService;

/** The clinical director's Publish and Export buttons on the clinic rota's toolbar. */
@SpringComponent
@Scope("prototype")
public class RotaPublishing extends HorizontalLayout {

    final Button publish;
    final ExportPanel export;

    RotaPublishing(PublishService publishing, RotaExportService drafts, NetworkService networks) {
        publish = new Button("Publish…", e -> new PublishDialog(publishing, networks.requireCurrent()).open());
        publish.setId("publish-rota");
        export = new ExportPanel("Export draft to Excel", () -> "rota-draft.xlsx",
                progress -> drafts.latestDraft().map(plan -> RotaWorkbookWriter.bytes(plan, progress)),
                "Nothing to export yet: solve the rota first");
        export.button().setId("export-draft");
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        setPadding(false);
        add(publish, export);
    }
}
