package uk.pcnplanner.budget.service;

import static uk.pcnplanner.base.service.EditChecks.require;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.pcnplanner.base.domain.Auditable;
import uk.pcnplanner.base.domain.VersionedEntity;
import uk.pcnplanner.base.service.EditChecks;
import uk.pcnplanner.budget.domain.PayPointEntry;
import uk.pcnplanner.budget.domain.PayPointEntryRepository;
import uk.pcnplanner.budget.domain.PlannedPost;
import uk.pcnplanner.budget.domain.PlannedPostRepository;
import uk.pcnplanner.budget.forecast.BudgetPost;
import uk.pcnplanner.budget.reference.Figure;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.service.NetworkService;
import uk.pcnplanner.security.ClinicalDirectorOnly;
import uk.pcnplanner.staff.domain.Staff;
import uk.pcnplanner.staff.domain.StaffRepository;

/**
 * Pay: a year's salary at a band's pay point when a pay award is published, and the pay point
 * each post of the current plan is paid at. Both audited; a post changed meanwhile is refused.
 */
@Service
public class PayService {

    private final RateBook rates;
    private final PayPointEntryRepository entered;
    private final StaffRepository staff;
    private final PlannedPostRepository planned;
    private final NetworkService networks;
    private final Entries entries;

    PayService(RateBook rates, PayPointEntryRepository entered, StaffRepository staff, PlannedPostRepository planned,
            NetworkService networks, Entries entries) {
        this.rates = rates;
        this.entered = entered;
        this.staff = staff;
        this.planned = planned;
        this.networks = networks;
        this.entries = entries;
    }

    /** The salary a band pays at a point in a year, and where the figure comes from. */
    @ClinicalDirectorOnly
    @Transactional(readOnly = true)
    public Optional<Figure> salary(String financialYear, String band, int payPoint) {
        return rates.pay().salary(band, payPoint, Entries.year(financialYear));
    }

    @ClinicalDirectorOnly
    @Transactional
    public Figure enterSalary(String financialYear, String band, Integer payPoint, BigDecimal salary, String source) {
        String year = Entries.year(financialYear);
        String checkedBand = band == null ? null : band.trim().toLowerCase(Locale.ROOT);
        require(checkedBand != null && !PostPayRules.SCALE.points(checkedBand).isEmpty(), "Band",
                "choose an Agenda for Change band");
        require(payPoint != null, "Pay point", "choose a pay point");
        PostPayRules.payPoint(checkedBand, payPoint, null);
        require(salary != null && salary.signum() > 0 && salary.scale() <= 2, "Annual salary",
                "enter the annual salary above £0, to the penny");
        String checkedSource = Entries.source(source, "salary");
        Optional<Figure> before = rates.pay().salary(checkedBand, payPoint, year);
        entered.save(new PayPointEntry(year, checkedBand, payPoint, salary, checkedSource, entries.now(), entries.by()));
        String what = "Band " + checkedBand + " point " + payPoint + " " + year;
        entries.audit("Pay scale", checkedBand + "/" + payPoint + " " + year, what, "Annual salary",
                before.map(f -> Entries.money(f.value()) + " (" + f.basis() + ")").orElse(null), Entries.money(salary));
        return rates.pay().salary(checkedBand, payPoint, year).orElseThrow();
    }

    /** Sets the pay point of a filled or planned post of the current plan; null goes back to the entry point. */
    @ClinicalDirectorOnly
    @Transactional
    public void setPayPoint(BudgetPost shown, Integer payPoint) {
        PostPayRules.payPoint(shown.band(), payPoint, shown.annualSalary());
        Network network = networks.requireCurrent();
        if (shown.filled()) {
            Staff stored = staff.findByNetworkAndStaffCodeIgnoreCase(network, shown.postId())
                    .orElseThrow(() -> new IllegalArgumentException("No member of staff " + shown.postId()));
            save(staff, stored, shown, () -> stored.setPayPoint(payPoint));
        } else {
            PlannedPost stored = planned.findByNetworkOrderByPostCode(network).stream()
                    .filter(p -> p.getPostCode().equalsIgnoreCase(shown.postId())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No planned post " + shown.postId()));
            save(planned, stored, shown, () -> stored.setPayPoint(payPoint));
        }
    }

    private <T extends VersionedEntity & Auditable> void save(
            JpaRepository<T, Long> repository, T stored, BudgetPost shown, Runnable change) {
        if (stored.getVersion() != shown.version()) {
            throw EditChecks.changedElsewhere(stored, new ObjectOptimisticLockingFailureException(
                    stored.getClass(), stored.getId()));
        }
        Map<String, String> before = stored.auditValues();
        change.run();
        try {
            repository.saveAndFlush(stored);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw EditChecks.changedElsewhere(stored, e);
        }
        entries.updated(before, stored);
    }
}
