package uk.pcnplanner.budget.service;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;
import uk.pcnplanner.budget.domain.ArrsRateEntry;
import uk.pcnplanner.budget.domain.ArrsRateEntryRepository;
import uk.pcnplanner.budget.reference.ArrsRates;
import uk.pcnplanner.budget.reference.Figure;

/** The rate per weighted head for a year: the one the clinical director entered, else the reference data's. */
@Component
class RateBook {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK).withZone(ZoneId.of("Europe/London"));

    private final ArrsRateEntryRepository entries;
    private final ArrsRates shipped = ArrsRates.shipped();

    RateBook(ArrsRateEntryRepository entries) {
        this.entries = entries;
    }

    Figure rate(String year) {
        return entries.findFirstByFinancialYearOrderByRecordedAtDescIdDesc(year)
                .map(RateBook::figure)
                .orElseGet(() -> shipped.forYear(year));
    }

    private static Figure figure(ArrsRateEntry entry) {
        return Figure.of(entry.getRate(), entry.getFinancialYear(), entry.getSource() + " (entered by "
                + entry.getRecordedBy() + " on " + DAY.format(entry.getRecordedAt()) + ")");
    }
}
