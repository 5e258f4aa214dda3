package uk.pcnplanner.budget.service;

import static uk.pcnplanner.base.service.EditChecks.require;

import java.math.BigDecimal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.pcnplanner.base.service.AuditedEdits;
import uk.pcnplanner.budget.domain.EmployerNiEntry;
import uk.pcnplanner.budget.domain.EmployerNiEntryRepository;
import uk.pcnplanner.budget.reference.OnCosts;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.domain.NetworkRepository;
import uk.pcnplanner.security.ClinicalDirectorOnly;

/**
 * Employer on-costs the clinical director sets: a year's NI rate and threshold when the reference
 * data has none or they change, and the network's employer pension rate. Every change is audited.
 */
@Service
public class OnCostService {

    private final RateBook rates;
    private final EmployerNiEntryRepository ni;
    private final NetworkRepository networks;
    private final AuditedEdits edits;
    private final Entries entries;

    OnCostService(
            RateBook rates, EmployerNiEntryRepository ni, NetworkRepository networks, AuditedEdits edits, Entries entries) {
        this.rates = rates;
        this.ni = ni;
        this.networks = networks;
        this.edits = edits;
        this.entries = entries;
    }

    /** The network as stored now, to change its pension rate. */
    @ClinicalDirectorOnly
    @Transactional(readOnly = true)
    public Network network() {
        return networks.findFirstByOrderByIdAsc().orElseThrow(() -> new IllegalStateException(
                "No network has been set up yet: import the network workbook first"));
    }

    @ClinicalDirectorOnly
    @Transactional(readOnly = true)
    public OnCosts.Ni employerNi(String financialYear) {
        return rates.ni(Entries.year(financialYear));
    }

    /** Records a year's employer NI rate (a fraction, 0.15 for 15%) and secondary threshold (£ a year). */
    @ClinicalDirectorOnly
    @Transactional
    public OnCosts.Ni enterEmployerNi(String financialYear, BigDecimal rate, BigDecimal threshold, String source) {
        String year = Entries.year(financialYear);
        Entries.rate(rate, "NI rate", 4);
        require(threshold != null && threshold.signum() >= 0 && threshold.scale() <= 2, "NI threshold",
                "enter the secondary threshold in £ a year, £0 or more, to the penny");
        String checkedSource = Entries.source(source, "NI rate");
        OnCosts.Ni before = rates.ni(year);
        ni.save(new EmployerNiEntry(year, rate, threshold, checkedSource, entries.now(), entries.by()));
        entries.audit("Employer NI", year, "Employer NI " + year, "NI rate and threshold",
                describe(before.rate().value(), before.threshold().value()) + " (" + before.rate().basis() + ")",
                describe(rate, threshold));
        return rates.ni(year);
    }

    /** Sets the network's employer pension rate (a fraction, 0.1438 for 14.38%), refused if the network changed meanwhile. */
    @ClinicalDirectorOnly
    @Transactional
    public Network setPensionRate(Network shown, BigDecimal rate) {
        return edits.save(networks, shown, n -> {
            Entries.rate(rate, "Pension rate", 6);
            n.setEmployerPensionRate(rate);
        });
    }

    private static String describe(BigDecimal rate, BigDecimal threshold) {
        return Entries.percent(rate) + " above " + Entries.money(threshold);
    }
}
