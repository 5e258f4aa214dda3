package uk.pcnplanner.network.service;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.pcnplanner.network.domain.Practice;
import uk.pcnplanner.network.domain.Room;

/**
 * What still refers to a practice or room, asked in JPQL so this feature need not depend on the
 * staff, rota and budget features that refer to it.
 */
@Component
class PracticeUsage {

    private final EntityManager em;

    PracticeUsage(EntityManager em) {
        this.em = em;
    }

    /** A sentence naming what uses the practice, or null when it can go. */
    String whyInUse(Practice practice) {
        List<String> uses = new ArrayList<>();
        count(uses, "select count(s) from Staff s where s.basePractice = :p", practice, "the base practice of %d staff");
        count(uses, "select count(s) from Staff s join s.practices p where p = :p", practice, "a practice %d staff work at");
        count(uses, "select count(b) from Booking b where b.practice = :p", practice, "the place of %d bookings");
        count(uses, "select count(pp) from PlannedPost pp where pp.practice = :p", practice, "the base of %d planned posts");
        count(uses, "select count(u) from AppUser u where u.practice = :p", practice, "the practice of %d portal users");
        return uses.isEmpty() ? null : "it is " + String.join(", ", uses) + ". Move them first.";
    }

    String whyInUse(Room room) {
        long bookings = em.createQuery("select count(b) from Booking b where b.room = :r", Long.class)
                .setParameter("r", room)
                .getSingleResult();
        return bookings == 0 ? null : "it is booked for " + bookings + " fixed items. Cancel or move them first.";
    }

    void deleteRoomsAndDemand(Practice practice) {
        em.createQuery("delete from ClinicDemand d where d.practice = :p").setParameter("p", practice).executeUpdate();
        em.createQuery("delete from Room r where r.practice = :p").setParameter("p", practice).executeUpdate();
    }

    private void count(List<String> uses, String jpql, Practice practice, String sentence) {
        long n = em.createQuery(jpql, Long.class).setParameter("p", practice).getSingleResult();
        if (n > 0) {
            uses.add(sentence.formatted(n));
        }
    }
}
