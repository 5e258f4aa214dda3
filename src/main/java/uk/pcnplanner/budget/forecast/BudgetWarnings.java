package uk.pcnplanner.budget.forecast;

import static uk.pcnplanner.budget.forecast.BudgetWarning.Kind.CARRIED_FORWARD;
import static uk.pcnplanner.budget.forecast.BudgetWarning.Kind.ESTIMATE;
import static uk.pcnplanner.budget.forecast.BudgetWarning.Kind.INCOMPLETE;
import static uk.pcnplanner.budget.forecast.BudgetWarning.Kind.NATIONAL_FALLBACK;
import static uk.pcnplanner.budget.forecast.BudgetWarning.Kind.NO_SALARY;
import static uk.pcnplanner.budget.forecast.BudgetWarning.Kind.OVERSPEND;
import static uk.pcnplanner.budget.forecast.BudgetWarning.Kind.UNDERSPEND;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.pcnplanner.budget.reference.Figure;
import uk.pcnplanner.roles.domain.AmountStatus;

/** What the clinical director should know about a forecast, the money first. */
final class BudgetWarnings {

    private BudgetWarnings() {}

    static List<BudgetWarning> of(Forecast forecast, BudgetInputs in, List<BudgetPost> unpriced) {
        List<BudgetWarning> warnings = new ArrayList<>();
        overspend(forecast).or(() -> underspend(forecast)).ifPresent(warnings::add);
        incomplete(forecast).ifPresent(warnings::add);
        unpriced.forEach(p -> warnings.add(new BudgetWarning(NO_SALARY, "Post " + p.postId() + " (" + p.role().getName()
                + ") is not costed: " + (p.band() == null || p.band().isBlank() ? "it has neither a band nor a salary"
                        : "band " + p.band() + " point " + p.payPointOrEntry() + " is not on the pay scale")
                + ". Enter a salary, or a band and pay point on the scale.")));
        estimates(forecast).ifPresent(warnings::add);
        warnings.addAll(RoleCaps.warnings(forecast, in.posts(), in.listSize()));
        fallbacks(forecast, in).ifPresent(warnings::add);
        carriedForward("rate per weighted head", in.rate(), ": enter the published rate when it is out")
                .ifPresent(warnings::add);
        carriedForward("employer NI rate and threshold", in.ni().rate(), "").ifPresent(warnings::add);
        forecast.posts().stream().map(PostTotal::salary).filter(Figure::carriedForward).findFirst()
                .flatMap(s -> carriedForward("Agenda for Change pay scale", s, "")).ifPresent(warnings::add);
        return warnings;
    }

    private static Optional<BudgetWarning> overspend(Forecast forecast) {
        return forecast.months().stream()
                .filter(m -> m.cumulativeClaimable().compareTo(forecast.allocation()) > 0)
                .findFirst()
                .map(m -> new BudgetWarning(OVERSPEND, "Forecast exceeds the allocation by "
                        + Pounds.format(forecast.headroom().negate()) + " from "
                        + m.month().getMonth().getDisplayName(TextStyle.FULL, Locale.UK)
                        + ". The excess is not reimbursed."));
    }

    private static Optional<BudgetWarning> underspend(Forecast forecast) {
        if (forecast.headroom().signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(new BudgetWarning(UNDERSPEND, Pounds.format(forecast.headroom())
                + " of this year's allocation will be lost unless claims rise by March."));
    }

    private static Optional<BudgetWarning> incomplete(Forecast forecast) {
        List<RoleTotal> unknown = forecast.roles().stream().filter(r -> !r.claimKnown()).toList();
        if (unknown.isEmpty()) {
            return Optional.empty();
        }
        String posts = forecast.posts().stream().filter(p -> !p.claimKnown()).map(p -> p.post().postId())
                .collect(Collectors.joining(", "));
        String roles = unknown.stream().map(r -> r.role().getName() + " (" + r.role().getCode() + ")")
                .collect(Collectors.joining(", "));
        return Optional.of(new BudgetWarning(INCOMPLETE, "Totals are incomplete: no maximum amount is set for "
                + roles + ", so the claims of posts " + posts + " are left out. Enter those amounts in the role catalogue."));
    }

    private static Optional<BudgetWarning> estimates(Forecast forecast) {
        String roles = forecast.roles().stream().filter(r -> r.status() == AmountStatus.ESTIMATE)
                .map(r -> r.role().getCode()).collect(Collectors.joining(", "));
        return roles.isEmpty() ? Optional.empty() : Optional.of(new BudgetWarning(ESTIMATE,
                "Claims for " + roles + " use estimated maximum amounts, not published ones."));
    }

    private static Optional<BudgetWarning> fallbacks(Forecast forecast, BudgetInputs in) {
        String roles = forecast.posts().stream().filter(PostTotal::nationalFallback).map(p -> p.post().role().getCode())
                .distinct().collect(Collectors.joining(", "));
        return roles.isEmpty() ? Optional.empty() : Optional.of(new BudgetWarning(NATIONAL_FALLBACK,
                "No " + in.payArea().label() + " amount is set for " + roles + ": the national amount is used."));
    }

    private static Optional<BudgetWarning> carriedForward(String what, Figure figure, String until) {
        return figure.carriedForward() ? Optional.of(new BudgetWarning(CARRIED_FORWARD, figure.year() + " uses the "
                + figure.fromYear() + " " + what + " carried forward, as none is published for " + figure.year()
                + " yet" + until + "."))
                : Optional.empty();
    }
}
