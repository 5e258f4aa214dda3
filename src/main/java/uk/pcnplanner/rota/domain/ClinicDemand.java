package uk.pcnplanner.rota.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import uk.pcnplanner.base.domain.VersionedEntity;
import uk.pcnplanner.network.domain.Practice;
import uk.pcnplanner.roles.domain.Role;
import uk.pcnplanner.time.SessionSet;

/** Clinic sessions a practice wants each week from a shared role, overriding the default share. */
@Entity
public class ClinicDemand extends VersionedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "practice_id")
    private Practice practice;

    @ManyToOne(optional = false)
    @JoinColumn(name = "role_code")
    private Role role;

    private int sessionsPerWeek;
    private SessionSet preferredSessions = SessionSet.none();

    protected ClinicDemand() {}

    public ClinicDemand(Practice practice, Role role, int sessionsPerWeek, SessionSet preferredSessions) {
        this.practice = practice;
        this.role = role;
        this.sessionsPerWeek = sessionsPerWeek;
        this.preferredSessions = preferredSessions;
    }

    public Practice getPractice() {
        return practice;
    }

    public Role getRole() {
        return role;
    }

    public int getSessionsPerWeek() {
        return sessionsPerWeek;
    }

    public SessionSet getPreferredSessions() {
        return preferredSessions;
    }
}
