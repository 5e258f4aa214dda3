package uk.pcnplanner.budget.service;

import static uk.pcnplanner.base.service.EditChecks.require;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.pcnplanner.base.service.AuditedEdits;
import uk.pcnplanner.budget.domain.PlannedPost;
import uk.pcnplanner.budget.domain.PlannedPostRepository;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.service.NetworkService;
import uk.pcnplanner.security.ClinicalDirectorOnly;
import uk.pcnplanner.staff.domain.StaffRepository;

/**
 * Posts the network plans to fill, added and changed in the portal as the workbook's
 * {@code Planned posts} sheet has them. Checked, version-guarded and audited.
 */
@Service
public class PlannedPostService {

    private final PlannedPostRepository posts;
    private final StaffRepository staff;
    private final NetworkService networks;
    private final AuditedEdits edits;

    PlannedPostService(PlannedPostRepository posts, StaffRepository staff, NetworkService networks, AuditedEdits edits) {
        this.posts = posts;
        this.staff = staff;
        this.networks = networks;
        this.edits = edits;
    }

    @ClinicalDirectorOnly
    @Transactional(readOnly = true)
    public List<PlannedPost> plannedPosts() {
        return posts.findByNetworkOrderByPostCode(networks.requireCurrent());
    }

    /** A blank post for the add form; the service gives it the next free P-number if its ID is left empty. */
    @ClinicalDirectorOnly
    @Transactional(readOnly = true)
    public PlannedPost newPlannedPost() {
        return new PlannedPost(networks.requireCurrent(), null, null, null, null);
    }

    @ClinicalDirectorOnly
    @Transactional
    public PlannedPost save(PlannedPost edited) {
        return edits.save(posts, edited, this::check);
    }

    @ClinicalDirectorOnly
    @Transactional
    public void delete(PlannedPost shown) {
        edits.delete(posts, shown, p -> { });
    }

    private void check(PlannedPost post) {
        Network network = post.getNetwork();
        String code = post.getPostCode() == null || post.getPostCode().isBlank() ? nextCode(network) : post.getPostCode().trim();
        require(code.length() <= 30, "Post ID", "use at most 30 characters");
        require(posts.findByNetworkOrderByPostCode(network).stream()
                        .noneMatch(p -> !p.equals(post) && p.getPostCode().equalsIgnoreCase(code)),
                "Post ID", code + " is already a planned post");
        require(staff.findByNetworkAndStaffCodeIgnoreCase(network, code).isEmpty(), "Post ID",
                code + " is a Staff ID: a planned post needs an ID of its own");
        post.setPostCode(code);
        require(post.getRole() != null && post.getRole().isReimbursable(), "Role", "choose a role of the ARRS catalogue");
        String band = post.getBand() == null || post.getBand().isBlank() ? null : post.getBand().trim().toLowerCase(Locale.ROOT);
        post.setBand(band);
        PostPayRules.check(post.getWte(), band, post.getPayPoint(), post.getAnnualSalary());
        require(post.getStartDate() != null, "Start date", "enter the planned start date");
        require(post.getEndDate() == null || !post.getEndDate().isBefore(post.getStartDate()), "End date",
                "must be on or after the start date");
        require(post.getPractice() == null || post.getPractice().getNetwork().equals(network), "Practice",
                "choose a practice of this network");
    }

    /** P001, P002, …: the workbook's planned post IDs, distinct from Staff IDs. */
    private String nextCode(Network network) {
        List<PlannedPost> existing = posts.findByNetworkOrderByPostCode(network);
        int n = 1;
        while (taken(existing, network, String.format("P%03d", n))) {
            n++;
        }
        return String.format("P%03d", n);
    }

    private boolean taken(List<PlannedPost> existing, Network network, String code) {
        return existing.stream().anyMatch(p -> p.getPostCode().equalsIgnoreCase(code))
                || staff.findByNetworkAndStaffCodeIgnoreCase(network, code).isPresent();
    }
}
