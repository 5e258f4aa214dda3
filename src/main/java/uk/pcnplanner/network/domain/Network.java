package uk.pcnplanner.network.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.pcnplanner.base.domain.Auditable;
import uk.pcnplanner.base.domain.VersionedEntity;
import uk.pcnplanner.time.TimeRange;

/** A Primary Care Network: its ARRS settings, session times and rota horizon. */
@Entity
public class Network extends VersionedEntity implements Auditable {

    public static final BigDecimal DEFAULT_PENSION_RATE = new BigDecimal("0.1438");
    public static final BigDecimal DEFAULT_CLINIC_SHARE = new BigDecimal("0.5");

    private String name;
    private String odsCode;
    private BigDecimal weightedPopulation = BigDecimal.ZERO;
    private String financialYear;

    @Enumerated(EnumType.STRING)
    private PayArea payArea = PayArea.NATIONAL;

    private BigDecimal employerPensionRate = DEFAULT_PENSION_RATE;
    private BigDecimal clinicShare = DEFAULT_CLINIC_SHARE;
    private LocalTime amStart = LocalTime.of(8, 30);
    private LocalTime amEnd = LocalTime.of(12, 30);
    private LocalTime pmStart = LocalTime.of(13, 30);
    private LocalTime pmEnd = LocalTime.of(17, 30);
    private LocalDate rotaStart;

    @Column(name = "rota_weeks")
    private int rotaWeeks = 4;

    protected Network() {}

    public Network(String name, LocalDate rotaStart) {
        this.name = name;
        setRotaStart(rotaStart);
        this.financialYear = financialYearOf(rotaStart);
    }

    /** The April–March year containing a date, written as the contract does: {@code 2025/26}. */
    public static String financialYearOf(LocalDate date) {
        int start = date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
        return String.format("%d/%02d", start, (start + 1) % 100);
    }

    public LocalDate rotaEnd() {
        return rotaStart.plusWeeks(rotaWeeks).minusDays(1);
    }

    public TimeRange amSession() {
        return new TimeRange(amStart, amEnd);
    }

    public TimeRange pmSession() {
        return new TimeRange(pmStart, pmEnd);
    }

    public void setAmSession(TimeRange range) {
        amStart = range.start();
        amEnd = range.end();
    }

    public void setPmSession(TimeRange range) {
        pmStart = range.start();
        pmEnd = range.end();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOdsCode() {
        return odsCode;
    }

    public void setOdsCode(String odsCode) {
        this.odsCode = odsCode;
    }

    public BigDecimal getWeightedPopulation() {
        return weightedPopulation;
    }

    public void setWeightedPopulation(BigDecimal weightedPopulation) {
        this.weightedPopulation = weightedPopulation;
    }

    public String getFinancialYear() {
        return financialYear;
    }

    public void setFinancialYear(String financialYear) {
        this.financialYear = financialYear;
    }

    public PayArea getPayArea() {
        return payArea;
    }

    public void setPayArea(PayArea payArea) {
        this.payArea = payArea;
    }

    public BigDecimal getEmployerPensionRate() {
        return employerPensionRate;
    }

    public void setEmployerPensionRate(BigDecimal employerPensionRate) {
        this.employerPensionRate = employerPensionRate;
    }

    public BigDecimal getClinicShare() {
        return clinicShare;
    }

    public void setClinicShare(BigDecimal clinicShare) {
        this.clinicShare = clinicShare;
    }

    public LocalDate getRotaStart() {
        return rotaStart;
    }

    public void setRotaStart(LocalDate rotaStart) {
        if (rotaStart.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("Rota start must be a Monday, got " + rotaStart);
        }
        this.rotaStart = rotaStart;
    }

    public int getRotaWeeks() {
        return rotaWeeks;
    }

    public void setRotaWeeks(int rotaWeeks) {
        if (rotaWeeks < 1 || rotaWeeks > 52) {
            throw new IllegalArgumentException("Rota weeks must be 1–52, got " + rotaWeeks);
        }
        this.rotaWeeks = rotaWeeks;
    }

    @Override
    public String auditType() {
        return "Network";
    }

    @Override
    public String auditId() {
        return String.valueOf(getId());
    }

    @Override
    public String auditLabel() {
        return name;
    }

    @Override
    public Map<String, String> auditValues() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("Name", name);
        values.put("ODS code", odsCode);
        values.put("Weighted population", weightedPopulation.toPlainString());
        values.put("Financial year", financialYear);
        values.put("Pay area", payArea.name());
        values.put("Employer pension rate", employerPensionRate.toPlainString());
        values.put("Clinic share", clinicShare.toPlainString());
        values.put("AM session", amSession().toString());
        values.put("PM session", pmSession().toString());
        values.put("Rota start", rotaStart.toString());
        values.put("Rota weeks", String.valueOf(rotaWeeks));
        return values;
    }
}
