package uk.pcnplanner.rota.publish.service;

import static uk.pcnplanner.base.service.EditChecks.require;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.pcnplanner.audit.AuditService;
import uk.pcnplanner.base.service.InvalidEditException;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.service.NetworkService;
import uk.pcnplanner.rota.export.RotaExportService;
import uk.pcnplanner.rota.export.RotaPlan;
import uk.pcnplanner.rota.publish.domain.Publication;
import uk.pcnplanner.rota.publish.domain.PublicationRepository;
import uk.pcnplanner.rota.service.RotaWeeks;
import uk.pcnplanner.security.AnyPortalUser;
import uk.pcnplanner.security.ClinicalDirectorOnly;
import uk.pcnplanner.security.CurrentUser;

/**
 * Publishing: the clinical director turns the latest draft into the rota everyone else sees, for a date
 * range inside the horizon. Each publication is a stored copy; publishing again adds to the history.
 */
@Service
public class PublishService {

    private final NetworkService networks;
    private final RotaExportService drafts;
    private final PublicationRepository publications;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    PublishService(NetworkService networks, RotaExportService drafts, PublicationRepository publications,
            CurrentUser currentUser, AuditService audit, Clock clock) {
        this.networks = networks;
        this.drafts = drafts;
        this.publications = publications;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Publishes the latest draft from {@code from} to {@code to} inclusive; refused if it breaks a hard rule. */
    @ClinicalDirectorOnly
    @Transactional
    public PublicationSummary publish(LocalDate from, LocalDate to) {
        Network network = networks.requireCurrent();
        requireInHorizon(network, from, to);
        RotaPlan draft = draft();
        require(draft.total("HARD") == 0, "Rota", "the draft breaks hard rules (" + -draft.total("HARD")
                + "): fix them by hand or solve again before publishing");
        Publication publication = new Publication(network, from, to, clock.instant(), currentUser.username(),
                draft.total("HARD") + "hard/" + draft.total("MEDIUM") + "medium/" + draft.total("SOFT") + "soft");
        PublicationCopy.fill(publication, draft);
        Publication saved = publications.saveAndFlush(publication);
        audit.created(saved);
        return PublicationCopy.summary(saved);
    }

    /** Every publication of the network, newest first. */
    @AnyPortalUser
    @Transactional(readOnly = true)
    public List<PublicationSummary> history() {
        return publications.findByNetworkOrderByIdDesc(networks.requireCurrent()).stream()
                .map(PublicationCopy::summary).toList();
    }

    private RotaPlan draft() {
        return drafts.latestDraft().orElseThrow(() -> new InvalidEditException("Rota",
                "there is no draft to publish yet: solve the rota first"));
    }

    private static void requireInHorizon(Network network, LocalDate from, LocalDate to) {
        require(from != null, "From", "choose the first day to publish");
        require(to != null, "To", "choose the last day to publish");
        require(!to.isBefore(from), "To", "must be on or after From (" + RotaWeeks.day(from) + "), got "
                + RotaWeeks.day(to));
        String horizon = "the rota covers " + RotaWeeks.day(network.getRotaStart()) + " to "
                + RotaWeeks.day(network.rotaEnd());
        require(!from.isBefore(network.getRotaStart()), "From", horizon + ", so "
                + RotaWeeks.day(from) + " is too early");
        require(!to.isAfter(network.rotaEnd()), "To", horizon + ", so " + RotaWeeks.day(to) + " is too late");
    }
}
