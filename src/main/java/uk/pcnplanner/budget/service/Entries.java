package uk.pcnplanner.budget.service;

import static uk.pcnplanner.base.service.EditChecks.require;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.pcnplanner.audit.AuditService;
import uk.pcnplanner.base.domain.Auditable;
import uk.pcnplanner.security.CurrentUser;

/** Who enters a figure over the reference data and when, and the checks every such entry shares. */
@Component
class Entries {

    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    Entries(CurrentUser currentUser, AuditService audit, Clock clock) {
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    String by() {
        return currentUser.username();
    }

    void audit(String type, String id, String label, String field, String oldValue, String newValue) {
        audit.event(type, id, label, field, oldValue, newValue);
    }

    void updated(Map<String, String> before, Auditable after) {
        audit.updated(before, after);
    }

    static String year(String financialYear) {
        require(financialYear != null && financialYear.matches("\\d{4}/\\d{2}"), "Financial year",
                "write the year like 2026/27");
        return financialYear;
    }

    static String source(String source, String what) {
        require(source != null && !source.isBlank(), "Source", "say where the " + what + " is published, so others can check it");
        require(source.trim().length() <= 2000, "Source", "use at most 2,000 characters");
        return source.trim();
    }

    /** A rate written as a fraction (0.15 for 15%), from 0 up to but not including 1. */
    static void rate(BigDecimal rate, String field, int maxScale) {
        require(rate != null && rate.signum() >= 0 && rate.compareTo(BigDecimal.ONE) < 0 && rate.scale() <= maxScale,
                field, "enter a percentage from 0% to below 100%, to at most " + (maxScale - 2) + " decimal places");
    }

    static String money(BigDecimal amount) {
        return "£" + amount.toPlainString();
    }

    static String percent(BigDecimal rate) {
        return rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
