package uk.pcnplanner.rota.rooms.service;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.domain.Practice;
import uk.pcnplanner.network.service.PracticeService;
import uk.pcnplanner.network.service.RoomService;
import uk.pcnplanner.rota.export.RotaExportService;
import uk.pcnplanner.rota.export.RotaPlan;
import uk.pcnplanner.rota.publish.service.PublishedRotaService;
import uk.pcnplanner.security.CurrentUser;
import uk.pcnplanner.security.DirectorOrPracticeManager;

/**
 * Room allocation for a practice's week. The clinical director may look at the latest draft or the
 * published rota; a practice manager sees only their own practice's published rota.
 */
@Service
public class RoomAllocationService {

    /** Which plan to show. */
    public enum Source { DRAFT, PUBLISHED }

    private final PracticeService practices;
    private final RoomService rooms;
    private final RotaExportService drafts;
    private final PublishedRotaService published;
    private final CurrentUser currentUser;

    RoomAllocationService(PracticeService practices, RoomService rooms, RotaExportService drafts,
            PublishedRotaService published, CurrentUser currentUser) {
        this.practices = practices;
        this.rooms = rooms;
        this.drafts = drafts;
        this.published = published;
        this.currentUser = currentUser;
    }

    /** A practice manager asking for the draft gets the published rota: they never see a draft. */
    @DirectorOrPracticeManager
    @Transactional(readOnly = true)
    public RoomWeek week(long practiceId, LocalDate monday, Source source) {
        Practice practice = practices.practice(practiceId);
        RotaPlan plan = source == Source.DRAFT && currentUser.isClinicalDirector() ? draft()
                : published.rota(null, practice.getCode()).orElse(null);
        String label = plan == null ? (source == Source.DRAFT && currentUser.isClinicalDirector()
                ? "No draft yet: solve the rota first" : "Nothing published yet") : plan.status();
        return RoomWeeks.of(practice, rooms.rooms(practiceId), plan, monday, label);
    }

    /** The Mondays the plan covers, for the week chooser. */
    @DirectorOrPracticeManager
    @Transactional(readOnly = true)
    public List<LocalDate> weeks(long practiceId) {
        Network network = practices.practice(practiceId).getNetwork();
        return Stream.iterate(network.getRotaStart(), d -> !d.isAfter(network.rotaEnd()), d -> d.plusWeeks(1))
                .toList();
    }

    private RotaPlan draft() {
        return drafts.latestDraft().orElse(null);
    }
}
