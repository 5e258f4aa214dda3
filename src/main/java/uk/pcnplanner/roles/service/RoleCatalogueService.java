package uk.pcnplanner.roles.service;

import static uk.pcnplanner.base.service.EditChecks.require;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.pcnplanner.audit.AuditService;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.domain.PayArea;
import uk.pcnplanner.network.service.NetworkService;
import uk.pcnplanner.roles.domain.AmountStatus;
import uk.pcnplanner.roles.domain.Role;
import uk.pcnplanner.roles.domain.RoleAmount;
import uk.pcnplanner.roles.domain.RoleAmountRepository;
import uk.pcnplanner.roles.domain.RoleRepository;
import uk.pcnplanner.security.CurrentUser;
import uk.pcnplanner.security.ClinicalDirectorOnly;
import uk.pcnplanner.security.AnyPortalUser;

/** The role catalogue and its dated maximum amounts, which the clinical director keeps current. */
@Service
public class RoleCatalogueService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final RoleRepository roles;
    private final RoleAmountRepository amounts;
    private final NetworkService networks;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    RoleCatalogueService(
            RoleRepository roles,
            RoleAmountRepository amounts,
            NetworkService networks,
            CurrentUser currentUser,
            AuditService audit,
            Clock clock) {
        this.roles = roles;
        this.amounts = amounts;
        this.networks = networks;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @AnyPortalUser
    @Transactional(readOnly = true)
    public List<Role> roles() {
        return roles.findAllByOrderByName();
    }

    /** Every role with the amount in force today for the network's pay area. */
    @AnyPortalUser
    @Transactional(readOnly = true)
    public List<AmountInForce> catalogue() {
        PayArea area = networks.current().map(Network::getPayArea).orElse(PayArea.NATIONAL);
        LocalDate today = LocalDate.now(clock);
        Map<Role, List<RoleAmount>> byRole =
                amounts.findAll().stream().collect(Collectors.groupingBy(RoleAmount::getRole));
        return roles.findAllByOrderByName().stream()
                .filter(Role::isReimbursable)
                .map(role -> RoleAmounts.inForce(role, byRole.getOrDefault(role, List.of()), area, today))
                .toList();
    }

    @AnyPortalUser
    @Transactional(readOnly = true)
    public List<RoleAmount> history(String roleCode) {
        return amounts.findByRoleOrderByEffectiveFromDescRecordedAtDesc(role(roleCode));
    }

    /** Records a new amount from a date; earlier amounts stay in the history. */
    @ClinicalDirectorOnly
    @Transactional
    public RoleAmount recordAmount(
            String roleCode, PayArea area, LocalDate effectiveFrom, BigDecimal amount, AmountStatus status, String source) {
        Role role = role(roleCode);
        require(area != null, "Pay area", "choose the pay area the amount applies to");
        require(effectiveFrom != null, "Effective from", "enter the date the amount applies from");
        require(amount != null && amount.signum() > 0, "Amount", "enter an amount above £0 per WTE per year");
        require(status != null && status != AmountStatus.UNKNOWN, "Status", "say whether the amount is confirmed or an estimate");
        require(source != null && !source.isBlank(), "Source", "say where the amount comes from, so others can check it");
        RoleAmount before = RoleAmounts.latest(history(roleCode), area, effectiveFrom).orElse(null);
        RoleAmount saved = amounts.save(new RoleAmount(
                role, area, effectiveFrom, amount.setScale(2, RoundingMode.HALF_UP), status, source.trim(),
                clock.instant(), currentUser.username()));
        audit.event("Role amount", role.getCode(), role.getName(),
                "Maximum amount (" + area.label() + ") from " + DAY.format(effectiveFrom),
                before == null || before.getAmount() == null ? "Not known" : describe(before),
                describe(saved));
        return saved;
    }

    private static String describe(RoleAmount amount) {
        String status = amount.getStatus() == AmountStatus.CONFIRMED ? "confirmed" : "estimate";
        return "£" + amount.getAmount().toPlainString() + " (" + status + ")";
    }

    private Role role(String code) {
        return roles.findById(code).orElseThrow(() -> new IllegalArgumentException("No role " + code));
    }
}
