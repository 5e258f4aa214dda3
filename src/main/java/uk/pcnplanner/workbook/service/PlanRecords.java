package uk.pcnplanner.workbook.service;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.Comparator;
import java.util.List;
import uk.pcnplanner.workbook.model.BookingActivity;
import uk.pcnplanner.workbook.model.NetworkWorkbook.DemandRow;
import org.springframework.stereotype.Component;
import uk.pcnplanner.budget.domain.PlannedPost;
import uk.pcnplanner.budget.domain.PlannedPostRepository;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.domain.Practice;
import uk.pcnplanner.network.domain.Room;
import uk.pcnplanner.roles.domain.Role;
import uk.pcnplanner.roles.domain.RoleRepository;
import uk.pcnplanner.rota.domain.Booking;
import uk.pcnplanner.rota.domain.BookingRepository;
import uk.pcnplanner.rota.domain.ClinicDemand;
import uk.pcnplanner.rota.domain.ClinicDemandRepository;
import uk.pcnplanner.staff.domain.Staff;
import uk.pcnplanner.supervision.SupervisionDefaults;
import uk.pcnplanner.supervision.domain.SupervisionRule;
import uk.pcnplanner.supervision.domain.SupervisionRuleRepository;
import uk.pcnplanner.time.Half;
import uk.pcnplanner.workbook.model.NetworkWorkbook;
import uk.pcnplanner.workbook.model.NetworkWorkbook.BookingRow;
import uk.pcnplanner.workbook.model.NetworkWorkbook.PostRow;
import uk.pcnplanner.workbook.model.NetworkWorkbook.RuleRow;
import uk.pcnplanner.workbook.validate.Keys;

/** Demand, supervision rules, planned posts and bookings: deleted and saved afresh. */
@Component
class PlanRecords {

    static final String IMPORTED = "Network workbook";

    /** What the earlier steps saved, by upper-case code. */
    record Saved(Map<String, Practice> practices, Map<String, Staff> staff, Map<String, Room> rooms) {}

    private final ClinicDemandRepository demand;
    private final SupervisionRuleRepository rules;
    private final PlannedPostRepository posts;
    private final BookingRepository bookings;
    private final RoleRepository roles;

    PlanRecords(ClinicDemandRepository demand, SupervisionRuleRepository rules, PlannedPostRepository posts,
            BookingRepository bookings, RoleRepository roles) {
        this.demand = demand;
        this.rules = rules;
        this.posts = posts;
        this.bookings = bookings;
        this.roles = roles;
    }

    String summary(Network network) {
        return demand.findByPracticeNetwork(network).size() + " demand, "
                + rules.findByNetworkOrderByRoleCodeAscKindAsc(network).size() + " supervision rules, "
                + posts.findByNetworkOrderByPostCode(network).size() + " planned posts, "
                + bookings.findByNetworkOrderByBookingDateAscStartTimeAsc(network).size() + " bookings";
    }

    void deleteAll(Network network) {
        bookings.deleteAll(bookings.findByNetworkOrderByBookingDateAscStartTimeAsc(network));
        demand.deleteAll(demand.findByPracticeNetwork(network));
        rules.deleteAll(rules.findByNetworkOrderByRoleCodeAscKindAsc(network));
        posts.deleteAll(posts.findByNetworkOrderByPostCode(network));
        bookings.flush();
    }

    void save(Network network, NetworkWorkbook content, Saved saved) {
        content.demand().forEach(d -> demand.save(new ClinicDemand(
                saved.practices().get(Keys.of(d.practiceCode())), role(d.role()), d.sessionsPerWeek(), d.preferred())));
        saveRules(network, content);
        content.posts().forEach(p -> posts.save(post(network, p, saved)));
        content.bookings().forEach(b -> bookings.save(booking(network, b, saved)));
    }

    // The portal's defaults stand for every role the workbook gives no rule for.
    private void saveRules(Network network, NetworkWorkbook content) {
        Set<String> listed = new HashSet<>();
        for (RuleRow row : content.rules()) {
            listed.add(Keys.of(row.role()));
            SupervisionRule rule = new SupervisionRule(
                    network, role(row.role()), row.kind(), row.minutes(), row.everyWeeks(), IMPORTED);
            rule.setGroupSize(row.groupSize());
            rules.save(rule);
        }
        SupervisionDefaults.read().stream()
                .filter(d -> !listed.contains(Keys.of(d.roleCode())))
                .forEach(d -> rules.save(new SupervisionRule(
                        network, role(d.roleCode()), d.kind(), d.minutes(), d.everyWeeks(), d.basis())));
    }

    private PlannedPost post(Network network, PostRow row, Saved saved) {
        PlannedPost post = new PlannedPost(network, row.id(), role(row.role()), row.wte(), row.startDate());
        post.setBand(row.band());
        post.setAnnualSalary(row.annualSalary());
        post.setEndDate(row.endDate());
        post.setPractice(row.practiceCode() == null ? null : saved.practices().get(Keys.of(row.practiceCode())));
        return post;
    }

    private Booking booking(Network network, BookingRow row, Saved saved) {
        Booking booking = new Booking(network, row.date(), saved.staff().get(Keys.of(row.staffId())),
                row.activity().activity());
        booking.setHalf(row.session() != null ? row.session() : halfOf(network, row));
        booking.setTime(row.start(), row.minutes());
        booking.setPractice(row.practiceCode() == null ? null : saved.practices().get(Keys.of(row.practiceCode())));
        booking.setRoom(row.room() == null ? null
                : saved.rooms().get(SiteRecords.roomKey(row.practiceCode(), row.room())));
        LinkedHashSet<Staff> with = new LinkedHashSet<>();
        row.with().forEach(id -> with.add(saved.staff().get(Keys.of(id))));
        booking.setWith(with);
        return booking;
    }

    // A timed item takes the session in which it starts.
    private static Half halfOf(Network network, BookingRow row) {
        if (row.start() == null) {
            return null;
        }
        return row.start().isBefore(network.pmSession().start()) ? Half.AM : Half.PM;
    }

    private Role role(String code) {
        return roles.findByCodeIgnoreCase(code)
                .orElseThrow(() -> new IllegalStateException("Role " + code + " is not in the catalogue"));
    }

    List<DemandRow> demandRows(Network network) {
        return demand.findByPracticeNetwork(network).stream()
                .map(d -> new DemandRow(0, d.getPractice().getCode(), d.getRole().getCode(), d.getSessionsPerWeek(),
                        d.getPreferredSessions()))
                .sorted(Comparator.comparing(DemandRow::practiceCode).thenComparing(DemandRow::role))
                .toList();
    }

    List<RuleRow> ruleRows(Network network) {
        return rules.findByNetworkOrderByRoleCodeAscKindAsc(network).stream()
                .map(r -> new RuleRow(0, r.getRole().getCode(), r.getKind(), r.getMinutes(), r.getEveryWeeks(),
                        r.getGroupSize()))
                .toList();
    }

    List<PostRow> postRows(Network network) {
        return posts.findByNetworkOrderByPostCode(network).stream()
                .map(p -> new PostRow(0, p.getPostCode(), p.getRole().getCode(), p.getWte(), p.getBand(),
                        p.getAnnualSalary(), p.getStartDate(), p.getEndDate(),
                        p.getPractice() == null ? null : p.getPractice().getCode()))
                .toList();
    }

    List<BookingRow> bookingRows(Network network) {
        return bookings.findByNetworkOrderByBookingDateAscStartTimeAsc(network).stream()
                .sorted(Comparator.comparing(Booking::getBookingDate)
                        .thenComparing(Booking::getStartTime, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(b -> b.getStaff().getStaffCode()))
                .map(PlanRecords::row)
                .toList();
    }

    private static BookingRow row(Booking b) {
        return new BookingRow(0, b.getBookingDate(), b.getHalf(), b.getStartTime(), b.getMinutes(),
                b.getStaff().getStaffCode(), BookingActivity.of(b.getActivity()),
                b.getPractice() == null ? null : b.getPractice().getCode(),
                b.getRoom() == null ? null : b.getRoom().getName(),
                b.getWith().stream().map(Staff::getStaffCode).sorted().toList());
    }
}
