package uk.pcnplanner.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import uk.pcnplanner.network.domain.RoomType;
import uk.pcnplanner.supervision.SupervisionDefaults;
import uk.pcnplanner.supervision.domain.SupervisionKind;
import uk.pcnplanner.time.Half;
import uk.pcnplanner.time.SessionSet;
import uk.pcnplanner.time.SupervisionWindows;

/**
 * Everything the demo network holds, as plain values. Built from the seed without a database, so
 * determinism and coherence are checked cheaply and saving is a straight copy.
 */
record DemoPlan(
        NetworkPlan network,
        List<PracticePlan> practices,
        List<RoomPlan> rooms,
        List<StaffPlan> staff,
        List<LeavePlan> leave,
        List<RulePlan> rules,
        List<PostPlan> posts) {

    static final NetworkPlan NETWORK = new NetworkPlan(
            "Northgate and Riverside PCN", "U84015", new BigDecimal("54300"), LocalDate.of(2027, 1, 4), 4);

    private static final List<PostPlan> POSTS = List.of(
            new PostPlan("P001", "HWC", new BigDecimal("0.8"), "5", LocalDate.of(2026, 10, 1), "C84004"),
            new PostPlan("P002", "CC", new BigDecimal("1.0"), "4", LocalDate.of(2027, 1, 1), "C84007"));

    static DemoPlan generate(long seed) {
        Random random = new Random(seed);
        List<PracticePlan> practices = DemoPractices.practices();
        List<RoomPlan> rooms = DemoPractices.rooms(random);
        List<StaffPlan> staff = DemoStaff.staff(practices, random);
        List<LeavePlan> leave = DemoLeave.leave(staff, NETWORK.rotaStart(), NETWORK.rotaWeeks(), random);
        return new DemoPlan(NETWORK, practices, rooms, staff, leave, defaultRules(), POSTS);
    }

    private static List<RulePlan> defaultRules() {
        return SupervisionDefaults.read().stream()
                .map(r -> new RulePlan(r.roleCode(), r.kind(), r.minutes(), r.everyWeeks(), r.basis()))
                .toList();
    }

    record NetworkPlan(
            String name, String odsCode, BigDecimal weightedPopulation, LocalDate rotaStart, int rotaWeeks) {}

    record PracticePlan(
            String code, String name, int listSize, SessionSet openSessions, Integer linkWorkerSessions) {}

    record RoomPlan(
            String practiceCode,
            String name,
            RoomType type,
            int capacity,
            boolean accessible,
            SessionSet unavailable) {}

    /** A null supervisor, salary or date means none; empty practices mean the contract's default. */
    record StaffPlan(
            String code,
            String name,
            String roleCode,
            BigDecimal wte,
            String band,
            BigDecimal annualSalary,
            LocalDate startDate,
            LocalDate endDate,
            String baseCode,
            SessionSet workingSessions,
            List<String> practiceCodes,
            String supervisorCode,
            SupervisionWindows windows,
            int superviseeCapacity,
            boolean needsAccessible) {}

    record LeavePlan(String staffCode, LocalDate from, LocalDate to, Half half) {}

    record RulePlan(String roleCode, SupervisionKind kind, int minutes, int everyWeeks, String basis) {}

    record PostPlan(
            String code, String roleCode, BigDecimal wte, String band, LocalDate startDate, String practiceCode) {}
}
