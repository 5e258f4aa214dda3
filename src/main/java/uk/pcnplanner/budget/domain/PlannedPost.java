package uk.pcnplanner.budget.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.pcnplanner.base.domain.Auditable;
import uk.pcnplanner.base.domain.VersionedEntity;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.domain.Practice;
import uk.pcnplanner.roles.domain.Role;

/** A post not yet filled, planned against the ARRS allocation. */
@Entity
public class PlannedPost extends VersionedEntity implements Auditable {

    @ManyToOne(optional = false)
    @JoinColumn(name = "network_id")
    private Network network;

    private String postCode;

    @ManyToOne(optional = false)
    @JoinColumn(name = "role_code")
    private Role role;

    private BigDecimal wte;
    private String band;

    /** The band's Agenda for Change pay point; null means its entry point. */
    private Integer payPoint;

    private BigDecimal annualSalary;
    private LocalDate startDate;
    private LocalDate endDate;

    @ManyToOne
    @JoinColumn(name = "practice_id")
    private Practice practice;

    protected PlannedPost() {}

    public PlannedPost(Network network, String postCode, Role role, BigDecimal wte, LocalDate startDate) {
        this.network = network;
        this.postCode = postCode;
        this.role = role;
        this.wte = wte;
        this.startDate = startDate;
    }

    public Network getNetwork() {
        return network;
    }

    public String getPostCode() {
        return postCode;
    }

    public void setPostCode(String postCode) {
        this.postCode = postCode;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public BigDecimal getWte() {
        return wte;
    }

    public void setWte(BigDecimal wte) {
        this.wte = wte;
    }

    public String getBand() {
        return band;
    }

    public void setBand(String band) {
        this.band = band;
    }

    public Integer getPayPoint() {
        return payPoint;
    }

    public void setPayPoint(Integer payPoint) {
        this.payPoint = payPoint;
    }

    public BigDecimal getAnnualSalary() {
        return annualSalary;
    }

    public void setAnnualSalary(BigDecimal annualSalary) {
        this.annualSalary = annualSalary;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public Practice getPractice() {
        return practice;
    }

    public void setPractice(Practice practice) {
        this.practice = practice;
    }

    @Override
    public String auditType() {
        return "Planned post";
    }

    @Override
    public String auditId() {
        return postCode;
    }

    @Override
    public String auditLabel() {
        return "Planned post " + postCode;
    }

    @Override
    public Map<String, String> auditValues() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("Post ID", postCode);
        values.put("Role", role == null ? null : role.getCode());
        values.put("WTE", wte == null ? null : wte.stripTrailingZeros().toPlainString());
        values.put("Band", band);
        values.put("Pay point", payPoint == null ? null : payPoint.toString());
        values.put("Annual salary", annualSalary == null ? null : annualSalary.toPlainString());
        values.put("Start date", startDate == null ? null : startDate.toString());
        values.put("End date", endDate == null ? null : endDate.toString());
        values.put("Practice", practice == null ? null : practice.getCode());
        return values;
    }
}
