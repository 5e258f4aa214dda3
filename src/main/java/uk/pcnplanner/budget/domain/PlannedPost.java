package uk.pcnplanner.budget.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.LocalDate;
import uk.pcnplanner.base.domain.VersionedEntity;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.domain.Practice;
import uk.pcnplanner.roles.domain.Role;

/** A post not yet filled, planned against the ARRS allocation. */
@Entity
public class PlannedPost extends VersionedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "network_id")
    private Network network;

    private String postCode;

    @ManyToOne(optional = false)
    @JoinColumn(name = "role_code")
    private Role role;

    private BigDecimal wte;
    private String band;
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

    public Role getRole() {
        return role;
    }

    public BigDecimal getWte() {
        return wte;
    }

    public String getBand() {
        return band;
    }

    public void setBand(String band) {
        this.band = band;
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
}
