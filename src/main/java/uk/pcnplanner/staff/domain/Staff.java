package uk.pcnplanner.staff.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.pcnplanner.base.domain.Auditable;
import uk.pcnplanner.base.domain.VersionedEntity;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.domain.Practice;
import uk.pcnplanner.network.domain.RoomNeed;
import uk.pcnplanner.roles.domain.Role;
import uk.pcnplanner.time.SessionSet;
import uk.pcnplanner.time.SupervisionWindows;

/** A member of staff: additional-roles staff, and the GPs who supervise them. */
@Entity
public class Staff extends VersionedEntity implements Auditable {

    public static final int DEFAULT_SUPERVISEE_CAPACITY = 6;

    @ManyToOne(optional = false)
    @JoinColumn(name = "network_id")
    private Network network;

    private String staffCode;
    private String name;

    @ManyToOne(optional = false)
    @JoinColumn(name = "role_code")
    private Role role;

    private BigDecimal wte = BigDecimal.ONE;
    private String band;

    /** The band's Agenda for Change pay point; null means its entry point. */
    private Integer payPoint;

    private BigDecimal annualSalary;
    private LocalDate startDate;
    private LocalDate endDate;

    @ManyToOne(optional = false)
    @JoinColumn(name = "base_practice_id")
    private Practice basePractice;

    private SessionSet workingSessions = SessionSet.none();

    /** Empty means the contract's default (every practice for clinic roles, else the base). */
    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(
            name = "staff_practice",
            joinColumns = @JoinColumn(name = "staff_id"),
            inverseJoinColumns = @JoinColumn(name = "practice_id"))
    private Set<Practice> practices = new LinkedHashSet<>();

    @ManyToOne
    @JoinColumn(name = "supervisor_id")
    private Staff supervisor;

    private SupervisionWindows supervisionWindows = SupervisionWindows.none();
    private int superviseeCapacity = DEFAULT_SUPERVISEE_CAPACITY;

    /** Null means the role's default room. */
    @Enumerated(EnumType.STRING)
    private RoomNeed needsRoom;

    private boolean needsAccessible;

    @Enumerated(EnumType.STRING)
    private Funding funding = Funding.ARRS;

    protected Staff() {}

    public Staff(Network network, String staffCode, String name, Role role, Practice basePractice) {
        this.network = network;
        this.staffCode = staffCode;
        this.name = name;
        this.role = role;
        this.basePractice = basePractice;
        this.funding = defaultFunding(role);
    }

    /** The contract's default: ARRS for catalogue roles except GP, otherwise the practice pays. */
    public static Funding defaultFunding(Role role) {
        return role.isReimbursable() && !Role.GP.equals(role.getCode()) ? Funding.ARRS : Funding.PRACTICE;
    }

    public RoomNeed effectiveRoomNeed() {
        return needsRoom != null ? needsRoom : role.getDefaultRoom();
    }

    public boolean isSupervisor() {
        return !supervisionWindows.isEmpty();
    }

    public boolean isEmployedOn(LocalDate date) {
        return (startDate == null || !date.isBefore(startDate)) && (endDate == null || !date.isAfter(endDate));
    }

    public Network getNetwork() {
        return network;
    }

    public String getStaffCode() {
        return staffCode;
    }

    public void setStaffCode(String staffCode) {
        this.staffCode = staffCode;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
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

    public Practice getBasePractice() {
        return basePractice;
    }

    public void setBasePractice(Practice basePractice) {
        this.basePractice = basePractice;
    }

    public SessionSet getWorkingSessions() {
        return workingSessions;
    }

    public void setWorkingSessions(SessionSet workingSessions) {
        this.workingSessions = workingSessions;
    }

    public Set<Practice> getPractices() {
        return practices;
    }

    public void setPractices(Set<Practice> practices) {
        this.practices = new LinkedHashSet<>(practices);
    }

    public Staff getSupervisor() {
        return supervisor;
    }

    public void setSupervisor(Staff supervisor) {
        this.supervisor = supervisor;
    }

    public SupervisionWindows getSupervisionWindows() {
        return supervisionWindows;
    }

    public void setSupervisionWindows(SupervisionWindows supervisionWindows) {
        this.supervisionWindows = supervisionWindows;
    }

    public int getSuperviseeCapacity() {
        return superviseeCapacity;
    }

    public void setSuperviseeCapacity(int superviseeCapacity) {
        this.superviseeCapacity = superviseeCapacity;
    }

    public RoomNeed getNeedsRoom() {
        return needsRoom;
    }

    public void setNeedsRoom(RoomNeed needsRoom) {
        this.needsRoom = needsRoom;
    }

    public boolean isNeedsAccessible() {
        return needsAccessible;
    }

    public void setNeedsAccessible(boolean needsAccessible) {
        this.needsAccessible = needsAccessible;
    }

    public Funding getFunding() {
        return funding;
    }

    public void setFunding(Funding funding) {
        this.funding = funding;
    }

    @Override
    public String auditType() {
        return "Staff";
    }

    @Override
    public String auditId() {
        return staffCode;
    }

    @Override
    public String auditLabel() {
        return name + " (" + staffCode + ")";
    }

    @Override
    public Map<String, String> auditValues() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("Staff ID", staffCode);
        values.put("Name", name);
        values.put("Role", role.getCode());
        values.put("WTE", wte.stripTrailingZeros().toPlainString());
        values.put("Band", band);
        values.put("Pay point", payPoint == null ? null : payPoint.toString());
        values.put("Annual salary", annualSalary == null ? null : annualSalary.toPlainString());
        values.put("Start date", startDate == null ? null : startDate.toString());
        values.put("End date", endDate == null ? null : endDate.toString());
        values.put("Base practice", basePractice.getCode());
        values.put("Working sessions", workingSessions.toString());
        values.put("Practices", practices.stream().map(Practice::getCode).sorted().collect(Collectors.joining(", ")));
        values.put("Supervisor", supervisor == null ? null : supervisor.getStaffCode());
        values.put("Supervision windows", supervisionWindows.toString());
        values.put("Supervisee capacity", String.valueOf(superviseeCapacity));
        values.put("Needs room", needsRoom == null ? null : needsRoom.name());
        values.put("Needs accessible room", needsAccessible ? "yes" : "no");
        values.put("Funding", funding.name());
        return values;
    }

    @Override
    public String toString() {
        return name + " (" + staffCode + ")";
    }
}
