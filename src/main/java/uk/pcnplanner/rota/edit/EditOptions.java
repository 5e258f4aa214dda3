package uk.pcnplanner.rota.edit;

import java.util.List;

/**
 * What one item may be changed to: the people, sessions and rooms the solver could give it, and
 * which of them it has now (null where it has none).
 */
public record EditOptions(List<Choice> people, List<Choice> sessions, List<Choice> rooms, String person,
        String session, String room) {

    /** Only clinics change person; working sessions keep their time as well. */
    public boolean personFixed() {
        return people.size() <= 1 && person != null;
    }

    public boolean sessionFixed() {
        return sessions.size() <= 1 && session != null;
    }
}
