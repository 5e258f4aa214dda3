package uk.pcnplanner.budget.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A rate per weighted head the clinical director entered for a year, once it was published.
 * Never updated: a correction is a new row, and the latest recorded one counts.
 */
@Entity
public class ArrsRateEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String financialYear;
    private BigDecimal rate;
    private String source;
    private Instant recordedAt;
    private String recordedBy;

    protected ArrsRateEntry() {}

    public ArrsRateEntry(String financialYear, BigDecimal rate, String source, Instant recordedAt, String recordedBy) {
        this.financialYear = financialYear;
        this.rate = rate;
        this.source = source;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public String getFinancialYear() {
        return financialYear;
    }

    public BigDecimal getRate() {
        return rate;
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
