package uk.pcnplanner.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import uk.pcnplanner.network.domain.NetworkRepository;
import uk.pcnplanner.staff.domain.StaffRepository;

@SpringBootTest
class DemoDataLoaderTest {

    @Autowired
    DemoDataLoader loader;

    @Autowired
    NetworkRepository networks;

    @Autowired
    StaffRepository staff;

    @Test
    void aLaterStartLeavesTheExistingNetworkAlone() {
        long people = staff.count();

        loader.run(new DefaultApplicationArguments());

        assertThat(networks.count()).isEqualTo(1);
        assertThat(staff.count()).isEqualTo(people);
    }
}
