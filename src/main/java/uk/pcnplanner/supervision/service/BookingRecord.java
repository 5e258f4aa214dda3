package uk.pcnplanner.supervision.service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import uk.pcnplanner.base.domain.Auditable;
import uk.pcnplanner.rota.domain.Booking;
import uk.pcnplanner.staff.domain.Staff;
import uk.pcnplanner.supervision.domain.SupervisionKind;

/** How the audit trail records a supervision booking: who, what, when and where. */
record BookingRecord(Booking booking) implements Auditable {

    static String place(Booking b) {
        return b.getRoom() == null ? "remote (video)"
                : b.getRoom().getName() + ", " + b.getRoom().getPractice().getName();
    }

    static String supervisees(Booking b) {
        return b.getWith().stream().map(Staff::getName).sorted().collect(Collectors.joining(", "));
    }

    @Override
    public String auditType() {
        return "Supervision booking";
    }

    @Override
    public String auditId() {
        return String.valueOf(booking.getId());
    }

    @Override
    public String auditLabel() {
        return SupervisionKind.valueOf(booking.getActivity().name()).label() + " of " + supervisees(booking) + " with "
                + booking.getStaff().getName();
    }

    @Override
    public Map<String, String> auditValues() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("Date", booking.getBookingDate().toString());
        values.put("Start", booking.getStartTime().toString());
        values.put("Minutes", String.valueOf(booking.getMinutes()));
        values.put("Place", place(booking));
        values.put("Supervisor", booking.getStaff().getStaffCode());
        values.put("Supervisees", booking.getWith().stream().map(Staff::getStaffCode).sorted()
                .collect(Collectors.joining(", ")));
        return values;
    }
}
