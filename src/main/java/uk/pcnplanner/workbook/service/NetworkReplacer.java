package uk.pcnplanner.workbook.service;

import java.util.Map;
import org.springframework.stereotype.Component;
import uk.pcnplanner.audit.AuditService;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.domain.NetworkRepository;
import uk.pcnplanner.network.domain.Practice;
import uk.pcnplanner.network.domain.Room;
import uk.pcnplanner.staff.domain.Staff;
import uk.pcnplanner.workbook.model.NetworkWorkbook;
import uk.pcnplanner.workbook.model.NetworkWorkbook.NetworkSettings;

/**
 * Replaces the network's planning data with a checked workbook's. Practices and staff are updated in
 * place when their code or ID is kept, so logins, budget scenarios and the audit history that refer to
 * them stay valid; everything else is deleted and saved again. Runs inside the caller's transaction.
 */
@Component
class NetworkReplacer {

    private final NetworkRepository networks;
    private final SiteRecords sites;
    private final StaffRecords staff;
    private final PlanRecords plans;
    private final AuditService audit;

    NetworkReplacer(NetworkRepository networks, SiteRecords sites, StaffRecords staff, PlanRecords plans,
            AuditService audit) {
        this.networks = networks;
        this.sites = sites;
        this.staff = staff;
        this.plans = plans;
        this.audit = audit;
    }

    void replace(NetworkWorkbook content) {
        Network network = networks.findFirstByOrderByIdAsc()
                .orElseGet(() -> new Network(content.network().name(), content.network().rotaStart()));
        String before = network.isNew() ? "none" : summary(network);
        apply(network, content.network());
        network = networks.save(network);
        // Dependants go first, and are flushed, so re-used names and codes never meet their old rows.
        plans.deleteAll(network);
        staff.deleteLeaveAndLinks(network);
        sites.deleteRooms(network);
        Map<String, Practice> practices = sites.savePractices(network, content.practices());
        Map<String, Staff> people = staff.save(network, content, practices);
        sites.deletePracticesNotIn(network, practices);
        Map<String, Room> rooms = sites.saveRooms(content.rooms(), practices);
        plans.save(network, content, new PlanRecords.Saved(practices, people, rooms));
        audit.event("Network", String.valueOf(network.getId()), network.getName(), "Workbook import", before,
                summary(network));
    }

    private String summary(Network network) {
        return sites.summary(network) + ", " + staff.summary(network) + ", " + plans.summary(network);
    }

    private static void apply(Network network, NetworkSettings settings) {
        network.setName(settings.name());
        network.setOdsCode(settings.odsCode());
        network.setWeightedPopulation(settings.weightedPopulation());
        network.setFinancialYear(settings.financialYear());
        network.setRotaStart(settings.rotaStart());
        network.setRotaWeeks(settings.rotaWeeks());
        network.setAmSession(settings.amSession());
        network.setPmSession(settings.pmSession());
        network.setPayArea(settings.payArea());
        network.setEmployerPensionRate(settings.employerPensionRate());
        network.setClinicShare(settings.clinicShare());
    }
}
