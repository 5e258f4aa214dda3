package uk.pcnplanner.workbook.validate;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import uk.pcnplanner.staff.domain.Funding;
import uk.pcnplanner.workbook.Messages;
import uk.pcnplanner.workbook.Sheets;
import uk.pcnplanner.workbook.model.NetworkWorkbook;
import uk.pcnplanner.workbook.model.NetworkWorkbook.StaffRow;
import uk.pcnplanner.workbook.read.Problems;

/** Staff rows against the catalogue, the practices and each other: roles, practices, supervisors. */
final class StaffChecks {

    private final NetworkWorkbook book;
    private final Problems problems;
    private final RoleCodes roles;
    private final Set<String> practices;
    private final Map<String, StaffRow> byId = new HashMap<>();

    StaffChecks(NetworkWorkbook book, Problems problems, RoleCodes roles, Set<String> practices) {
        this.book = book;
        this.problems = problems;
        this.roles = roles;
        this.practices = practices;
        book.staff().stream().filter(s -> s.id() != null).forEach(s -> byId.putIfAbsent(Keys.of(s.id()), s));
    }

    void check() {
        Map<String, Integer> supervisees = new HashMap<>();
        for (StaffRow person : book.staff()) {
            role(person);
            practice(person, "Base practice", person.basePractice());
            person.practices().forEach(code -> practice(person, "Practices", code));
            supervisor(person, supervisees);
            bandOrSalary(person);
        }
        supervisees.forEach(this::capacity);
    }

    private void role(StaffRow person) {
        if (person.role() != null && !roles.exists(person.role())) {
            error(person, "Role", Messages.unknown("role", person.role()));
        }
    }

    private void practice(StaffRow person, String column, String code) {
        if (code != null && problems.wasRead(Sheets.PRACTICES) && !practices.contains(Keys.of(code))) {
            error(person, column, Messages.unknown("practice code", code));
        }
    }

    private void supervisor(StaffRow person, Map<String, Integer> supervisees) {
        String id = person.supervisor();
        if (id == null) {
            return;
        }
        if (!byId.containsKey(Keys.of(id))) {
            error(person, "Supervisor", Messages.unknown("supervisor Staff ID", id));
        } else if (Keys.of(id).equals(Keys.of(person.id()))) {
            error(person, "Supervisor", Messages.ownSupervisor());
        } else {
            supervisees.merge(Keys.of(id), 1, Integer::sum);
        }
    }

    private void capacity(String supervisorId, int count) {
        StaffRow supervisor = byId.get(supervisorId);
        if (count > supervisor.superviseeCapacity()) {
            error(supervisor, "Supervisee capacity",
                    Messages.overCapacity(supervisor.id(), count, supervisor.superviseeCapacity()));
        }
    }

    private void bandOrSalary(StaffRow person) {
        Funding funding = person.funding() != null ? person.funding()
                : roles.isArrsByDefault(person.role()) ? Funding.ARRS : Funding.PRACTICE;
        boolean typedButWrong = problems.hasErrorAt(Sheets.STAFF, person.row(), "Band")
                || problems.hasErrorAt(Sheets.STAFF, person.row(), "Annual salary");
        if (funding == Funding.ARRS && person.band() == null && person.annualSalary() == null && !typedButWrong) {
            String column = problems.hasColumn(Sheets.STAFF, "Band") ? "Band" : "Annual salary";
            error(person, column, Messages.bandOrSalary());
        }
    }

    private void error(StaffRow person, String column, String message) {
        problems.at(Sheets.STAFF, person.row(), column, message);
    }
}
