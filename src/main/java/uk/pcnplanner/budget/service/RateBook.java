package uk.pcnplanner.budget.service;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;
import uk.pcnplanner.budget.domain.ArrsRateEntry;
import uk.pcnplanner.budget.domain.ArrsRateEntryRepository;
import uk.pcnplanner.budget.domain.EmployerNiEntryRepository;
import uk.pcnplanner.budget.domain.PayPointEntry;
import uk.pcnplanner.budget.domain.PayPointEntryRepository;
import uk.pcnplanner.budget.reference.ArrsRates;
import uk.pcnplanner.budget.reference.Figure;
import uk.pcnplanner.budget.reference.OnCosts;
import uk.pcnplanner.budget.reference.PayScales;

/**
 * The national figures a budget uses for a year: the rate per weighted head, employer NI and the
 * pay scale, each as the clinical director last entered it, else the reference data's.
 */
@Component
class RateBook {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK).withZone(ZoneId.of("Europe/London"));

    private final ArrsRateEntryRepository rates;
    private final EmployerNiEntryRepository ni;
    private final PayPointEntryRepository pay;
    private final ArrsRates shippedRates = ArrsRates.shipped();
    private final OnCosts shippedOnCosts = OnCosts.shipped();
    private final PayScales shippedPay = PayScales.shipped();

    RateBook(ArrsRateEntryRepository rates, EmployerNiEntryRepository ni, PayPointEntryRepository pay) {
        this.rates = rates;
        this.ni = ni;
        this.pay = pay;
    }

    Figure rate(String year) {
        return rates.findFirstByFinancialYearOrderByRecordedAtDescIdDesc(year)
                .map(RateBook::figure)
                .orElseGet(() -> shippedRates.forYear(year));
    }

    OnCosts.Ni ni(String year) {
        return ni.findFirstByFinancialYearOrderByRecordedAtDescIdDesc(year)
                .map(e -> OnCosts.Ni.entered(year, e.getRate(), e.getThreshold(),
                        entered(e.getSource(), e.getRecordedBy(), e.getRecordedAt())))
                .orElseGet(() -> shippedOnCosts.forYear(year));
    }

    PayScales pay() {
        PayScales scale = shippedPay;
        for (PayPointEntry e : pay.findAllByOrderByRecordedAtAscIdAsc()) {
            scale = scale.with(e.getBand(), e.getPayPoint(), e.getFinancialYear(), e.getAnnualSalary(),
                    entered(e.getSource(), e.getRecordedBy(), e.getRecordedAt()));
        }
        return scale;
    }

    private static Figure figure(ArrsRateEntry entry) {
        return Figure.of(entry.getRate(), entry.getFinancialYear(),
                entered(entry.getSource(), entry.getRecordedBy(), entry.getRecordedAt()));
    }

    private static String entered(String source, String by, Instant at) {
        return source + " (entered by " + by + " on " + DAY.format(at) + ")";
    }
}
