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
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import uk.pcnplanner.base.ui.Notices;
import uk.pcnplanner.network.service.NetworkService;
import uk.pcnplanner.rota.edit.PlanEditService;
import uk.pcnplanner.rota.publish.ui.RotaPublishing;
import uk.pcnplanner.rota.service.RotaItem;
import uk.pcnplanner.rota.service.RotaPlan;
import uk.pcnplanner.rota.service.RotaPlanService;
import uk.pcnplanner.security.UserRole;
import uk.pcnplanner.solver.service.SolveService;
import uk.pcnplanner.solver.service.SolveTicket;

/**
 * The clinical director's rota: solve the network and watch the best plan improve, read the
 * draft by practice, person or room, understand what it breaks and leaves over, and fix it by hand.
 */
@Route("rota")
@PageTitle("Clinic rota | PCN Workforce Planner")
@Menu(order = 15, title = "Clinic rota", icon = "vaadin:calendar")
@RolesAllowed(UserRole.CD)
public class RotaView extends VerticalLayout {

    static final Duration REFRESH_EVERY = Duration.ofSeconds(1);

    private final SolveService solves;
    private final RotaPlanService plans;
    private final long networkId;
    private final LiveRota live;
    final Button solve = new Button("Solve", e -> solve());
    final Button stop = new Button("Stop", e -> stop());
    final Span progress = new Span();
    /** Solving and, beside it, whatever else acts on the whole plan (publishing, exporting). */
    final HorizontalLayout toolbar = new HorizontalLayout(solve, stop);
    final PlanGrid plan;
    final ItemEditor editor;
    final UnderstandPanel understand;
    final Details understandDetails;
    private RotaPlan shown;
    private Runnable stopListening = () -> {};

    public RotaView(SolveService solves, RotaPlanService plans, PlanEditService edits, NetworkService networks,
            Clock clock, RotaPublishing publishing) {
        this.solves = solves;
        this.plans = plans;
        this.networkId = networks.requireCurrent().getId();
        this.live = new LiveRota(clock, REFRESH_EVERY);
        this.plan = new PlanGrid(this::select);
        this.editor = new ItemEditor(edits, networkId, this::refresh);
        this.understand = new UnderstandPanel(plan::reveal);
        this.understandDetails = new Details("Understand this plan", understand);
        Div header = new Div(new H2("Clinic rota"), muted("Solve makes a draft rota for the whole network; it keeps "
                + "improving until it stops or you stop it. Select anything in the rota to move, assign or pin it."));
        header.addClassName("view-header");
        solve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        progress.setId("solve-progress");
        progress.getElement().setAttribute("role", "status");
        progress.getElement().setAttribute("aria-live", "polite");
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        toolbar.add(publishing);
        HorizontalLayout controls = new HorizontalLayout(toolbar, progress);
        controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        understandDetails.addOpenedChangeListener(e -> refreshUnderstanding());
        add(header, controls, plan, editor, understandDetails);
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
                live.heard(heard).ifPresent(frame -> push(ui, frame));
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopListening.run();
    }

    // Runs on the solver's thread: the page may have closed between the listener's removal and this call.
    private void push(UI ui, LiveRota.Frame frame) {
        try {
            ui.access(() -> show(frame));
        } catch (UIDetachedException closed) {
            stopListening.run();
        }
    }

    private void solve() {
        SolveTicket ticket = solves.solve(networkId);
        if (!ticket.accepted()) {
            Notices.error(ticket.message());
            return;
        }
        Notices.saved(ticket.message());
        setRunning(true);
        progress.setText("Starting…");
    }

    private void stop() {
        solves.stop(networkId);
        stop.setEnabled(false);
    }

    void show(LiveRota.Frame frame) {
        progress.setText(frame.progress());
        if (frame.finished()) {
            setRunning(false);
            refresh();
        } else if (frame.plan() != null) {
            setRunning(true);
            shown = frame.plan();
            plan.show(shown);
        }
    }

    private void select(RotaItem item) {
        editor.show(item, shown);
    }

    private void refresh() {
        plans.latest(networkId).ifPresent(latest -> {
            shown = latest;
            plan.show(latest);
            plan.selected().ifPresent(this::select);
        });
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

    private static Span muted(String text) {
        Span span = new Span(text);
        span.addClassName("muted");
        return span;
    }
}
