package uk.pcnplanner.supervision.service;

import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.domain.NetworkRepository;
import uk.pcnplanner.network.domain.RoomRepository;
import uk.pcnplanner.supervision.domain.SupervisionRuleRepository;

/** Reads the current network's diary, rooms and rules; callers hold the transaction. */
@Component
class PlanningReader {

    private final NetworkRepository networks;
    private final DiaryLoader diaries;
    private final RoomRepository rooms;
    private final SupervisionRuleRepository rules;
    private final Clock clock;

    PlanningReader(NetworkRepository networks, DiaryLoader diaries, RoomRepository rooms,
            SupervisionRuleRepository rules, Clock clock) {
        this.networks = networks;
        this.diaries = diaries;
        this.rooms = rooms;
        this.rules = rules;
        this.clock = clock;
    }

    Planning read() {
        Network network = networks.findFirstByOrderByIdAsc()
                .orElseThrow(() -> new IllegalStateException("No network has been set up yet"));
        return new Planning(network, diaries.diary(network),
                rooms.findByPracticeNetworkOrderByPracticeNameAscNameAsc(network),
                rules.findByNetworkOrderByRoleCodeAscKindAsc(network),
                LocalDateTime.now(clock).withSecond(0).withNano(0));
    }
}
