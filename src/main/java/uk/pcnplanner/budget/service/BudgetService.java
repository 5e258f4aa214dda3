package uk.pcnplanner.budget.service;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.pcnplanner.budget.domain.BudgetScenario;
import uk.pcnplanner.budget.domain.BudgetScenarioRepository;
import uk.pcnplanner.budget.export.BudgetWorkbookWriter;
import uk.pcnplanner.budget.forecast.Forecast;
import uk.pcnplanner.budget.forecast.ForecastCalculator;
import uk.pcnplanner.budget.forecast.PlanComparison;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.service.NetworkService;
import uk.pcnplanner.security.ClinicalDirectorOnly;

/** The network's budget forecasts: the current plan's, a scenario's, all of them side by side. */
@Service
public class BudgetService {

    static final String CURRENT_PLAN = "Current plan";

    private final NetworkService networks;
    private final PlanPosts posts;
    private final BudgetInputsFactory inputs;
    private final BudgetScenarioRepository scenarios;

    BudgetService(
            NetworkService networks, PlanPosts posts, BudgetInputsFactory inputs, BudgetScenarioRepository scenarios) {
        this.networks = networks;
        this.posts = posts;
        this.inputs = inputs;
        this.scenarios = scenarios;
    }

    /** The forecast for the network's financial year of every ARRS-funded and planned post. */
    @ClinicalDirectorOnly
    @Transactional(readOnly = true)
    public Forecast currentForecast() {
        return current(networks.requireCurrent());
    }

    @ClinicalDirectorOnly
    @Transactional(readOnly = true)
    public Forecast scenarioForecast(long scenarioId) {
        return forecast(scenario(scenarioId));
    }

    /** The current plan first, then every saved scenario by name. */
    @ClinicalDirectorOnly
    @Transactional(readOnly = true)
    public List<PlanComparison> compare() {
        Network network = networks.requireCurrent();
        Forecast current = current(network);
        List<PlanComparison> plans = new ArrayList<>();
        plans.add(PlanComparison.of(null, CURRENT_PLAN, current, current));
        for (BudgetScenario scenario : scenarios.findByNetworkOrderByName(network)) {
            plans.add(PlanComparison.of(scenario.getId(), scenario.getName(), forecast(scenario), current));
        }
        return plans;
    }

    /** The contract's budget workbook of the current plan. */
    @ClinicalDirectorOnly
    @Transactional(readOnly = true)
    public byte[] currentWorkbook() {
        return BudgetWorkbookWriter.bytes(current(networks.requireCurrent()));
    }

    /** A scenario's budget workbook, with every plan side by side in its {@code Comparison} sheet. */
    @ClinicalDirectorOnly
    @Transactional(readOnly = true)
    public byte[] scenarioWorkbook(long scenarioId) {
        BudgetScenario scenario = scenario(scenarioId);
        return BudgetWorkbookWriter.bytes(forecast(scenario), scenario.getName(), compare());
    }

    private Forecast current(Network network) {
        return ForecastCalculator.forecast(inputs.inputs(network, posts.current(network)));
    }

    private Forecast forecast(BudgetScenario scenario) {
        return ForecastCalculator.forecast(inputs.inputs(scenario.getNetwork(), posts.of(scenario.getPosts())));
    }

    private BudgetScenario scenario(long id) {
        return scenarios.findById(id).orElseThrow(() -> new IllegalArgumentException("No budget scenario " + id));
    }
}
