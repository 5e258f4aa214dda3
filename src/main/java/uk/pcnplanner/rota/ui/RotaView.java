package uk.pcnplanner.rota.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import uk.pcnplanner.base.ui.Notices;
import uk.pcnplanner.network.service.NetworkService;
import uk.pcnplanner.rota.publish.ui.RotaPublishing;
import uk.pcnplanner.rota.service.RotaPlan;
import uk.pcnplanner.rota.service.RotaPlanService;
import uk.pcnplanner.rota.service.ScoreWords;
import uk.pcnplanner.security.UserRole;
import uk.pcnplanner.solver.service.SolveProgress;
import uk.pcnplanner.solver.service.SolveService;

/**
 * The clinical director's rota: solve the network and watch the best plan improve, then read the
 * draft week by week and understand what it breaks and leaves over.
 */
@Route("rota")
@PageTitle("Clinic rota | PCN Workforce Planner")
@Menu(order = 15, title = "Clinic rota", icon = "vaadin:calendar")
@RolesAllowed(UserRole.CD)
public class RotaView extends VerticalLayout {

    private final SolveService solves;
    private final RotaPlanService plans;
    private final long networkId;
    final Button solve = new Button("Solve", e -> solve());
    final Button stop = new Button("Stop", e -> stop());
    final Span progress = new Span();
    final PlanGrid plan = new PlanGrid();
    final UnderstandPanel understand = new UnderstandPanel(plan::reveal);
    final Details understandDetails = new Details("Understand this plan", understand);
    private Runnable stopListening = () -> {};

    public RotaView(SolveService solves, RotaPlanService plans, NetworkService networks, RotaPublishing publishing) {
        this.solves = solves;
        this.plans = plans;
        this.networkId = networks.requireCurrent().getId();
        Div header = new Div(new H2("Clinic rota"), muted(
                "Solve makes a draft rota for the whole network; it keeps improving until it stops or you stop it"));
        header.addClassName("view-header");
        solve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        progress.getElement().setAttribute("role", "status");
        progress.getElement().setAttribute("aria-live", "polite");
        HorizontalLayout controls = new HorizontalLayout(solve, stop, progress, publishing);
        controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        understandDetails.addOpenedChangeListener(e -> refreshUnderstanding());
        add(header, controls, plan, understandDetails);
        setRunning(solves.isRunning(networkId));
        if (solves.isRunning(networkId)) {
            progress.setText("A solve of this network is running; its progress shows at its next better plan");
        }
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        stopListening = solves.listen(heard -> {
            if (heard.networkId() == networkId) {
                push(ui, heard);
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopListening.run();
    }

    // Runs on the solver's thread: the page may have closed between the listener's removal and this call.
    private void push(UI ui, SolveProgress heard) {
        try {
            ui.access(() -> show(heard));
        } catch (UIDetachedException closed) {
            stopListening.run();
        }
    }

    private void solve() {
        Notices.saved(solves.solve(networkId).message());
        setRunning(true);
        progress.setText("Starting…");
    }

    private void stop() {
        solves.stop(networkId);
        stop.setEnabled(false);
    }

    private void show(SolveProgress heard) {
        String words = ScoreWords.describe(heard.score(), heard.unassigned());
        if (heard.finished()) {
            progress.setText("Finished after " + seconds(heard) + ": " + words);
            setRunning(false);
            refresh();
        } else {
            progress.setText("Solving, " + seconds(heard) + " so far. Best plan: " + words);
        }
    }

    private void refresh() {
        plans.latest(networkId).ifPresent(plan::show);
        refreshUnderstanding();
    }

    // Explaining re-scores the whole plan, so it is done only while the panel is open.
    private void refreshUnderstanding() {
        if (understandDetails.isOpened()) {
            understand.show(plans.brokenRules(networkId),
                    plans.latest(networkId).map(RotaPlan::unassignedItems).orElse(List.of()));
        }
    }

    private void setRunning(boolean running) {
        solve.setEnabled(!running);
        stop.setEnabled(running);
    }

    private static String seconds(SolveProgress heard) {
        long s = heard.elapsed().toSeconds();
        return s < 60 ? s + " s" : s / 60 + " min " + s % 60 + " s";
    }

    private static Span muted(String text) {
        Span span = new Span(text);
        span.addClassName("muted");
        return span;
    }
}
