package uk.pcnplanner.roles.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import uk.pcnplanner.network.domain.PayArea;

/**
 * A role's maximum reimbursable amount per WTE per year, in force from a date. Never updated:
 * a change is a new row, so a mid-year or backdated change keeps its history.
 */
@Entity
public class RoleAmount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "role_code")
    private Role role;

    @Enumerated(EnumType.STRING)
    private PayArea payArea;

    private LocalDate effectiveFrom;
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    private AmountStatus status;

    private String source;
    private Instant recordedAt;
    private String recordedBy;

    protected RoleAmount() {}

    public RoleAmount(
            Role role,
            PayArea payArea,
            LocalDate effectiveFrom,
            BigDecimal amount,
            AmountStatus status,
            String source,
            Instant recordedAt,
            String recordedBy) {
        this.role = role;
        this.payArea = payArea;
        this.effectiveFrom = effectiveFrom;
        this.amount = amount;
        this.status = amount == null ? AmountStatus.UNKNOWN : status;
        this.source = source;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public Long getId() {
        return id;
    }

    public Role getRole() {
        return role;
    }

    public PayArea getPayArea() {
        return payArea;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    /** Null when no figure is known. */
    public BigDecimal getAmount() {
        return amount;
    }

    public AmountStatus getStatus() {
        return status;
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
