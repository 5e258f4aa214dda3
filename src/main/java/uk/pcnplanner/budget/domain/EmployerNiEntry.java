package uk.pcnplanner.budget.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A year's employer National Insurance rate and secondary threshold as the clinical director
 * entered them over the reference data. Never updated: a correction is a new row, the latest counts.
 */
@Entity
public class EmployerNiEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String financialYear;
    private BigDecimal rate;
    private BigDecimal threshold;
    private String source;
    private Instant recordedAt;
    private String recordedBy;

    protected EmployerNiEntry() {}

    public EmployerNiEntry(
            String financialYear, BigDecimal rate, BigDecimal threshold, String source, Instant recordedAt, String recordedBy) {
        this.financialYear = financialYear;
        this.rate = rate;
        this.threshold = threshold;
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

    public BigDecimal getThreshold() {
        return threshold;
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
