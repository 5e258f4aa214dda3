package uk.pcnplanner.workbook.write;

import java.util.List;
import uk.pcnplanner.time.SessionSet;
import uk.pcnplanner.time.SupervisionWindows;
import uk.pcnplanner.workbook.model.NetworkWorkbook;

/** The rows of each list sheet, columns in the contract's order; a template has none. */
final class RowsWriter {

    private final NetworkWorkbook content;

    RowsWriter(NetworkWorkbook content) {
        this.content = content;
    }

    void practices(SheetWriter sheet) {
        if (content != null) {
            content.practices().forEach(p -> sheet.row(p.code(), p.name(), p.listSize(), text(p.openSessions()),
                    p.linkWorkerSessions()));
        }
    }

    void rooms(SheetWriter sheet) {
        if (content != null) {
            content.rooms().forEach(r -> sheet.row(r.practiceCode(), r.name(), r.type(), r.capacity(),
                    r.accessible(), text(r.unavailable())));
        }
    }

    void staff(SheetWriter sheet) {
        if (content != null) {
            content.staff().forEach(s -> sheet.row(s.id(), s.name(), s.role(), s.wte(), s.band(), s.annualSalary(),
                    s.startDate(), s.endDate(), s.basePractice(), text(s.workingSessions()), list(s.practices()),
                    s.supervisor(), text(s.supervisionWindows()), s.superviseeCapacity(), s.needsRoom(),
                    s.needsAccessibleRoom(), s.funding()));
        }
    }

    void leave(SheetWriter sheet) {
        if (content != null) {
            content.leave().forEach(l -> sheet.row(l.staffId(), l.from(), l.to(), l.half()));
        }
    }

    void demand(SheetWriter sheet) {
        if (content != null) {
            content.demand().forEach(d -> sheet.row(d.practiceCode(), d.role(), d.sessionsPerWeek(),
                    text(d.preferred())));
        }
    }

    void rules(SheetWriter sheet) {
        if (content != null) {
            content.rules().forEach(r -> sheet.row(r.role(), r.kind(), r.minutes(), r.everyWeeks(), r.groupSize()));
        }
    }

    void posts(SheetWriter sheet) {
        if (content != null) {
            content.posts().forEach(p -> sheet.row(p.id(), p.role(), p.wte(), p.band(), p.annualSalary(),
                    p.startDate(), p.endDate(), p.practiceCode()));
        }
    }

    void bookings(SheetWriter sheet) {
        if (content != null) {
            content.bookings().forEach(b -> sheet.row(b.date(), b.session(), b.start(), b.minutes(), b.staffId(),
                    b.activity(), b.practiceCode(), b.room(), list(b.with())));
        }
    }

    private static String text(SessionSet sessions) {
        return sessions.isEmpty() ? null : sessions.toString();
    }

    private static String text(SupervisionWindows windows) {
        return windows.isEmpty() ? null : windows.toString();
    }

    private static String list(List<String> codes) {
        return codes.isEmpty() ? null : String.join(", ", codes);
    }
}
