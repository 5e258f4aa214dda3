package uk.pcnplanner.supervision.service;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.pcnplanner.base.service.EditChecks;
import uk.pcnplanner.base.service.InvalidEditException;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.domain.Room;
import uk.pcnplanner.rota.domain.Activity;
import uk.pcnplanner.staff.domain.Staff;
import uk.pcnplanner.supervision.domain.SupervisionKind;
import uk.pcnplanner.supervision.domain.SupervisionRule;

/** One read of everything supervision planning needs, at one "now". */
record Planning(Network network, Diary diary, List<Room> rooms, List<SupervisionRule> rules, LocalDateTime now) {

    LocalDate today() {
        return now.toLocalDate();
    }

    List<SupervisionRule> rulesFor(Staff person) {
        return rules.stream().filter(r -> r.getRole().getCode().equals(person.getRole().getCode())).toList();
    }

    Optional<SupervisionRule> rule(Staff person, SupervisionKind kind) {
        return rulesFor(person).stream().filter(r -> r.getKind() == kind).findFirst();
    }

    /**
     * What booking this supervision means: its length (the longest rule among them) and due date (the
     * earliest among them), refused when a supervisee's role has no such rule or a group is too big.
     */
    SlotRequest request(Staff supervisor, List<Staff> supervisees, SupervisionKind kind, Long moving) {
        EditChecks.require(kind != null, "Kind", "choose the kind of supervision");
        EditChecks.require(!supervisees.isEmpty(), "Supervisee", "choose who the supervision is for");
        EditChecks.require(kind == SupervisionKind.GROUP || supervisees.size() == 1, "Supervisee",
                kind.label() + " is for one person at a time; choose group supervision for several");
        int minutes = 0;
        LocalDate dueBy = null;
        for (Staff person : supervisees) {
            SupervisionRule rule = rule(person, kind).orElseThrow(() -> new InvalidEditException("Kind",
                    person.getName() + "'s role (" + person.getRole().getName() + ") has no "
                            + kind.label().toLowerCase(Locale.UK) + " rule"));
            int size = rule.getGroupSize() == null ? SupervisionRule.DEFAULT_GROUP_SIZE : rule.getGroupSize();
            EditChecks.require(kind != SupervisionKind.GROUP || supervisees.size() <= size, "Supervisee",
                    "group supervision for " + person.getRole().getName() + " takes at most " + size
                            + (size == 1 ? " supervisee" : " supervisees") + ", you chose " + supervisees.size());
            minutes = Math.max(minutes, rule.getMinutes());
            LocalDate due = dueDates().row(person, rule).dueBy();
            dueBy = dueBy == null || due.isBefore(dueBy) ? due : dueBy;
        }
        return new SlotRequest(supervisor, supervisees, Activity.valueOf(kind.name()), minutes, dueBy, now, moving);
    }

    DueDates dueDates() {
        return new DueDates(diary.entries(), now);
    }

    SlotFinder slots() {
        return new SlotFinder(diary, rooms);
    }
}
