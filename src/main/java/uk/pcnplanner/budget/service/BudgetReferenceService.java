package uk.pcnplanner.budget.service;

import static uk.pcnplanner.base.service.EditChecks.require;

import java.math.BigDecimal;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.pcnplanner.audit.AuditService;
import uk.pcnplanner.budget.domain.ArrsRateEntry;
import uk.pcnplanner.budget.domain.ArrsRateEntryRepository;
import uk.pcnplanner.budget.forecast.FinancialYear;
import uk.pcnplanner.budget.reference.Figure;
import uk.pcnplanner.security.ClinicalDirectorOnly;
import uk.pcnplanner.security.CurrentUser;

/** The ARRS rate per weighted head, which the clinical director enters once a year's is published. */
@Service
public class BudgetReferenceService {

    private final RateBook rates;
    private final ArrsRateEntryRepository entries;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    BudgetReferenceService(
            RateBook rates, ArrsRateEntryRepository entries, CurrentUser currentUser, AuditService audit, Clock clock) {
        this.rates = rates;
        this.entries = entries;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @ClinicalDirectorOnly
    @Transactional(readOnly = true)
    public Figure arrsRate(String financialYear) {
        return rates.rate(new FinancialYear(financialYear).label());
    }

    /** Records the published rate for a year; earlier entries stay, the latest counts. */
    @ClinicalDirectorOnly
    @Transactional
    public Figure enterArrsRate(String financialYear, BigDecimal rate, String source) {
        require(financialYear != null && financialYear.matches("\\d{4}/\\d{2}"), "Financial year",
                "write the year like 2026/27");
        require(rate != null && rate.signum() > 0 && rate.scale() <= 4, "Rate",
                "enter the £ per weighted head above £0, to at most 4 decimal places");
        require(source != null && !source.isBlank(), "Source", "say where the rate is published, so others can check it");
        Figure before = rates.rate(financialYear);
        entries.save(new ArrsRateEntry(financialYear, rate, source.trim(), clock.instant(), currentUser.username()));
        audit.event("ARRS rate", financialYear, "Rate per weighted head " + financialYear, "Rate per weighted head",
                "£" + before.value().toPlainString() + " (" + before.basis() + ")", "£" + rate.toPlainString());
        return rates.rate(financialYear);
    }
}
