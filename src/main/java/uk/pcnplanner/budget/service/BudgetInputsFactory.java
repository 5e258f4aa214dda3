package uk.pcnplanner.budget.service;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.pcnplanner.budget.forecast.BudgetInputs;
import uk.pcnplanner.budget.forecast.BudgetPost;
import uk.pcnplanner.budget.forecast.FinancialYear;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.domain.Practice;
import uk.pcnplanner.network.domain.PracticeRepository;
import uk.pcnplanner.roles.domain.RoleAmount;
import uk.pcnplanner.roles.domain.RoleAmountRepository;

/** Gathers a network's settings, reference data and role amounts for a forecast of some posts. */
@Component
class BudgetInputsFactory {

    private final RoleAmountRepository amounts;
    private final PracticeRepository practices;
    private final RateBook rates;

    BudgetInputsFactory(RoleAmountRepository amounts, PracticeRepository practices, RateBook rates) {
        this.amounts = amounts;
        this.practices = practices;
        this.rates = rates;
    }

    BudgetInputs inputs(Network network, List<BudgetPost> posts) {
        FinancialYear year = new FinancialYear(network.getFinancialYear());
        Map<String, List<RoleAmount>> byRole =
                amounts.findAll().stream().collect(Collectors.groupingBy(a -> a.getRole().getCode()));
        long listSize = practices.findByNetworkOrderByName(network).stream().mapToLong(Practice::getListSize).sum();
        return new BudgetInputs(year, network.getWeightedPopulation(), listSize, rates.rate(year.label()),
                rates.ni(year.label()), network.getEmployerPensionRate(), network.getPayArea(), rates.pay(), posts, byRole);
    }
}
