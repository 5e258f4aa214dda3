package uk.pcnplanner.security;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import uk.pcnplanner.base.domain.VersionedEntity;
import uk.pcnplanner.network.domain.Practice;
import uk.pcnplanner.staff.domain.Staff;

/** A portal login. A practice manager is bound to one practice, a supervisor to their staff record. */
@Entity
public class AppUser extends VersionedEntity {

    private String username;
    private String passwordHash;
    private String displayName;

    @Enumerated(EnumType.STRING)
    private UserRole role;

    @ManyToOne
    @JoinColumn(name = "practice_id")
    private Practice practice;

    @ManyToOne
    @JoinColumn(name = "staff_id")
    private Staff staff;

    private boolean enabled = true;

    protected AppUser() {}

    private AppUser(String username, String passwordHash, String displayName, UserRole role) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
    }

    public static AppUser clinicalDirector(String username, String passwordHash, String displayName) {
        return new AppUser(username, passwordHash, displayName, UserRole.CLINICAL_DIRECTOR);
    }

    public static AppUser practiceManager(String username, String passwordHash, String displayName, Practice practice) {
        AppUser user = new AppUser(username, passwordHash, displayName, UserRole.PRACTICE_MANAGER);
        user.practice = practice;
        return user;
    }

    public static AppUser supervisor(String username, String passwordHash, Staff staff) {
        AppUser user = new AppUser(username, passwordHash, staff.getName(), UserRole.SUPERVISOR);
        user.staff = staff;
        return user;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public UserRole getRole() {
        return role;
    }

    public Practice getPractice() {
        return practice;
    }

    public Staff getStaff() {
        return staff;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
