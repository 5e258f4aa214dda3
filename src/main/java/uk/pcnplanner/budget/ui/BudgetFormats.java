package uk.pcnplanner.budget.ui;

import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.pcnplanner.budget.forecast.Pounds;
import uk.pcnplanner.budget.reference.Figure;
import uk.pcnplanner.roles.domain.AmountStatus;

/** How the budget pages show money, months and how far a figure can be trusted. */
final class BudgetFormats {

    static final String NOT_KNOWN = "Not known — enter the maximum amount";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private BudgetFormats() {}

    static String money(BigDecimal amount) {
        return amount == null ? NOT_KNOWN : Pounds.format(amount);
    }

    /** A claim, or a red "not known" for a role with no maximum amount. */
    static Span claim(BigDecimal amount) {
        Span span = new Span(money(amount));
        if (amount == null) {
            span.addClassName("amount-unknown");
        }
        return span;
    }

    static Span badge(AmountStatus status) {
        Span badge = new Span(switch (status) {
            case CONFIRMED -> "Confirmed";
            case ESTIMATE -> "Estimate";
            case UNKNOWN -> "Not set";
        });
        badge.addClassNames("badge", status.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    /** "2025/26" or "carried forward from 2025/26", with a badge when carried forward. */
    static Span basis(Figure figure) {
        Span basis = new Span(figure.basis());
        if (figure.carriedForward()) {
            basis.addClassNames("badge", "estimate");
            basis.getElement().setAttribute("title", "No figure is published for " + figure.year() + " yet");
        }
        return basis;
    }

    static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    static String count(BigDecimal number) {
        return new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.UK)).format(number);
    }

    static String wte(BigDecimal wte) {
        return wte.stripTrailingZeros().toPlainString();
    }
}
