package uk.pcnplanner.workbook.service;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.domain.NetworkRepository;
import uk.pcnplanner.roles.domain.Role;
import uk.pcnplanner.roles.domain.RoleRepository;
import uk.pcnplanner.security.ClinicalDirectorOnly;
import uk.pcnplanner.workbook.model.NetworkWorkbook;
import uk.pcnplanner.workbook.model.NetworkWorkbook.NetworkSettings;
import uk.pcnplanner.workbook.write.NetworkWorkbookWriter;

/** The blank template and the export of the current network, both in the network workbook's format. */
@Service
public class WorkbookExportService {

    private final NetworkRepository networks;
    private final RoleRepository roles;
    private final SiteRecords sites;
    private final StaffRecords staff;
    private final PlanRecords plans;

    WorkbookExportService(NetworkRepository networks, RoleRepository roles, SiteRecords sites, StaffRecords staff,
            PlanRecords plans) {
        this.networks = networks;
        this.roles = roles;
        this.sites = sites;
        this.staff = staff;
        this.plans = plans;
    }

    @ClinicalDirectorOnly
    @Transactional(readOnly = true)
    public byte[] template() {
        return NetworkWorkbookWriter.template(roleCodes());
    }

    /** The current network; a blank template when none has been set up. */
    @ClinicalDirectorOnly
    @Transactional(readOnly = true)
    public byte[] export() {
        return networks.findFirstByOrderByIdAsc()
                .map(network -> NetworkWorkbookWriter.export(content(network), roleCodes()))
                .orElseGet(this::template);
    }

    private NetworkWorkbook content(Network network) {
        return new NetworkWorkbook(settings(network), sites.practiceRows(network), sites.roomRows(network),
                staff.staffRows(network), staff.leaveRows(network), plans.demandRows(network),
                plans.ruleRows(network), plans.postRows(network), plans.bookingRows(network));
    }

    private static NetworkSettings settings(Network n) {
        return new NetworkSettings(n.getName(), n.getOdsCode(), n.getWeightedPopulation(), n.getFinancialYear(),
                n.getRotaStart(), n.getRotaWeeks(), n.amSession(), n.pmSession(), n.getPayArea(),
                n.getEmployerPensionRate(), n.getClinicShare());
    }

    private List<String> roleCodes() {
        return roles.findAll().stream().map(Role::getCode).sorted().toList();
    }
}
