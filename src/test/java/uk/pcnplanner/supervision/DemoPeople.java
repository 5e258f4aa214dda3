package uk.pcnplanner.supervision;

import org.springframework.transaction.annotation.Transactional;
import uk.pcnplanner.network.domain.NetworkRepository;
import uk.pcnplanner.staff.domain.Staff;
import uk.pcnplanner.staff.domain.StaffRepository;

/** The demo staff by Staff ID, for tests that need their ids. */
public class DemoPeople {

    private final StaffRepository staff;
    private final NetworkRepository networks;

    public DemoPeople(StaffRepository staff, NetworkRepository networks) {
        this.staff = staff;
        this.networks = networks;
    }

    @Transactional(readOnly = true)
    public Staff get(String staffCode) {
        return staff.findByNetworkAndStaffCodeIgnoreCase(networks.findFirstByOrderByIdAsc().orElseThrow(), staffCode)
                .orElseThrow();
    }

    public Long id(String staffCode) {
        return get(staffCode).getId();
    }
}
