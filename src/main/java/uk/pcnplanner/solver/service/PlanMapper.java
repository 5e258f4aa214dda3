package uk.pcnplanner.solver.service;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.domain.NetworkRepository;
import uk.pcnplanner.network.domain.PracticeRepository;
import uk.pcnplanner.network.domain.RoomRepository;
import uk.pcnplanner.rota.domain.BookingRepository;
import uk.pcnplanner.rota.domain.ClinicDemandRepository;
import uk.pcnplanner.solver.domain.PlanSolution;
import uk.pcnplanner.solver.domain.PlanWeights;
import uk.pcnplanner.staff.domain.LeavePeriodRepository;
import uk.pcnplanner.staff.domain.StaffRepository;
import uk.pcnplanner.supervision.domain.SupervisionRuleRepository;

/**
 * Reads one network's planning data in one transaction, so the solver works on plain copies and
 * never holds a JPA entity (a managed entity doubling as a planning entity is a known trap).
 */
@Component
public class PlanMapper {

    private final NetworkRepository networks;
    private final PracticeRepository practices;
    private final RoomRepository rooms;
    private final StaffRepository staff;
    private final PlanningRecords records;

    PlanMapper(NetworkRepository networks, PracticeRepository practices, RoomRepository rooms, StaffRepository staff,
            PlanningRecords records) {
        this.networks = networks;
        this.practices = practices;
        this.rooms = rooms;
        this.staff = staff;
        this.records = records;
    }

    /** The network's planning problem as it stands in the database. */
    @Transactional(readOnly = true)
    public PlanSolution problem(long networkId, PlanWeights weights) {
        return new ProblemBuilder(load(networkId)).build(weights);
    }

    @Transactional(readOnly = true)
    public NetworkData load(long networkId) {
        Network network = networks.findById(networkId)
                .orElseThrow(() -> new IllegalArgumentException("No network with id " + networkId));
        return new NetworkData(network, practices.findByNetworkOrderByName(network),
                rooms.findByPracticeNetworkOrderByPracticeNameAscNameAsc(network),
                staff.findByNetworkOrderByName(network), records.leave.findByStaffNetworkOrderByFromDate(network),
                records.demand.findByPracticeNetwork(network),
                records.rules.findByNetworkOrderByRoleCodeAscKindAsc(network),
                records.bookings.findByNetworkOrderByBookingDateAscStartTimeAsc(network));
    }

    /** The rest of what a plan reads, grouped to keep the mapper's collaborators few. */
    @Component
    static class PlanningRecords {
        final LeavePeriodRepository leave;
        final ClinicDemandRepository demand;
        final SupervisionRuleRepository rules;
        final BookingRepository bookings;

        PlanningRecords(LeavePeriodRepository leave, ClinicDemandRepository demand, SupervisionRuleRepository rules,
                BookingRepository bookings) {
            this.leave = leave;
            this.demand = demand;
            this.rules = rules;
            this.bookings = bookings;
        }
    }
}
