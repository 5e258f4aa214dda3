package uk.pcnplanner.solver.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.domain.Practice;
import uk.pcnplanner.roles.domain.Role;
import uk.pcnplanner.rota.domain.ClinicDemand;
import uk.pcnplanner.staff.domain.Staff;
import uk.pcnplanner.time.SessionSet;

/**
 * Clinic sessions per week for each practice and role, as the workbook contract says: a Demand
 * row; else, for link workers, the Practices column; else a share of the link workers' sessions
 * (round half up of sessions per week × clinic share × list size ÷ the network's list size).
 */
public final class DemandCalculator {

    /** What one practice wants of one role each week. */
    public record Demand(Practice practice, String role, int sessionsPerWeek, SessionSet preferred) {}

    private DemandCalculator() {}

    public static List<Demand> demands(Network network, List<Practice> practices, Collection<ClinicDemand> rows,
            List<Staff> staff) {
        Map<String, Demand> byKey = new LinkedHashMap<>();
        int linkWorkerSessions = linkWorkerSessionsPerWeek(staff);
        int networkList = practices.stream().mapToInt(Practice::getListSize).sum();
        for (Practice practice : practices) {
            int sessions = practice.getLinkWorkerSessions() != null
                    ? practice.getLinkWorkerSessions()
                    : share(linkWorkerSessions, network.getClinicShare(), practice.getListSize(), networkList);
            byKey.put(key(practice, Role.LINK_WORKER), new Demand(practice, Role.LINK_WORKER, sessions, SessionSet.none()));
        }
        for (ClinicDemand row : rows) {
            String role = row.getRole().getCode();
            byKey.put(key(row.getPractice(), role),
                    new Demand(row.getPractice(), role, row.getSessionsPerWeek(), row.getPreferredSessions()));
        }
        return List.copyOf(byKey.values());
    }

    /** Round half up of sessions × share × list ÷ network list; nothing when the network has no patients. */
    public static int share(int sessionsPerWeek, BigDecimal clinicShare, int listSize, int networkListSize) {
        if (networkListSize == 0) {
            return 0;
        }
        return BigDecimal.valueOf(sessionsPerWeek)
                .multiply(clinicShare)
                .multiply(BigDecimal.valueOf(listSize))
                .divide(BigDecimal.valueOf(networkListSize), 0, RoundingMode.HALF_UP)
                .intValueExact();
    }

    private static int linkWorkerSessionsPerWeek(List<Staff> staff) {
        return staff.stream()
                .filter(s -> Role.LINK_WORKER.equals(s.getRole().getCode()))
                .mapToInt(s -> s.getWorkingSessions().size())
                .sum();
    }

    private static String key(Practice practice, String role) {
        return practice.getCode() + "|" + role;
    }
}
