package uk.pcnplanner.staff.service;

import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.domain.Practice;
import uk.pcnplanner.roles.domain.Role;
import uk.pcnplanner.staff.domain.Staff;

/**
 * Where someone may work. With no practices listed, the contract's default applies: every
 * practice for a role with clinic demand, otherwise only the base practice.
 */
@Component
class WorkPlaces {

    private final EntityManager em;

    WorkPlaces(EntityManager em) {
        this.em = em;
    }

    Set<String> clinicRoles(Network network) {
        Set<String> roles = new HashSet<>(em.createQuery(
                        "select distinct d.role.code from ClinicDemand d where d.practice.network = :n", String.class)
                .setParameter("n", network)
                .getResultList());
        roles.add(Role.LINK_WORKER);
        return roles;
    }

    static boolean mayWorkAt(Staff staff, Long practiceId, Set<String> clinicRoles) {
        if (staff.getBasePractice().getId().equals(practiceId)) {
            return true;
        }
        if (staff.getPractices().isEmpty()) {
            return clinicRoles.contains(staff.getRole().getCode());
        }
        return staff.getPractices().stream().map(Practice::getId).anyMatch(practiceId::equals);
    }
}
