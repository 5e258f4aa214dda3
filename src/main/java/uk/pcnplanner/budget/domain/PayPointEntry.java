package uk.pcnplanner.budget.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A year's Agenda for Change salary at one band and pay point, as the clinical director entered
 * it (a new year's pay award, say). Never updated: a correction is a new row, the latest counts.
 */
@Entity
public class PayPointEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String financialYear;
    private String band;
    private int payPoint;
    private BigDecimal annualSalary;
    private String source;
    private Instant recordedAt;
    private String recordedBy;

    protected PayPointEntry() {}

    public PayPointEntry(String financialYear, String band, int payPoint, BigDecimal annualSalary, String source,
            Instant recordedAt, String recordedBy) {
        this.financialYear = financialYear;
        this.band = band;
        this.payPoint = payPoint;
        this.annualSalary = annualSalary;
        this.source = source;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public String getFinancialYear() {
        return financialYear;
    }

    public String getBand() {
        return band;
    }

    public int getPayPoint() {
        return payPoint;
    }

    public BigDecimal getAnnualSalary() {
        return annualSalary;
    }

    public String getSource() {
        return source;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
