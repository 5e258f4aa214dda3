package uk.pcnplanner.roles.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.pcnplanner.network.domain.RoomNeed;
import uk.pcnplanner.roles.domain.AmountStatus;

/** How the catalogue shows money, dates and how far an amount can be trusted. */
final class AmountFormats {

    static final String NOT_KNOWN = "Not known — enter an amount";

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);
    private static final int SOURCE_LENGTH = 60;

    private AmountFormats() {}

    static String money(BigDecimal amount) {
        return NumberFormat.getCurrencyInstance(Locale.UK).format(amount);
    }

    /** The amount, or a red "not known" that asks for one. */
    static Span amount(BigDecimal amount) {
        if (amount == null) {
            Span unknown = new Span(NOT_KNOWN);
            unknown.addClassName("amount-unknown");
            return unknown;
        }
        return new Span(money(amount));
    }

    static Span badge(AmountStatus status) {
        Span badge = new Span(switch (status) {
            case CONFIRMED -> "Confirmed";
            case ESTIMATE -> "Estimate";
            case UNKNOWN -> "Unknown";
        });
        badge.addClassNames("badge", status.name().toLowerCase(Locale.ROOT));
        badge.getElement().setAttribute("title", switch (status) {
            case CONFIRMED -> "A published figure";
            case ESTIMATE -> "Derived from the same band basis; not published for this role";
            case UNKNOWN -> "No figure: budgets that include this role are incomplete";
        });
        return badge;
    }

    static Span fallbackBadge() {
        Span badge = new Span("National amount");
        badge.addClassNames("badge", "fallback");
        badge.getElement().setAttribute("title", "No amount for this pay area: the national amount applies");
        return badge;
    }

    static String statusLabel(AmountStatus status) {
        return switch (status) {
            case CONFIRMED -> "Confirmed (published)";
            case ESTIMATE -> "Estimate (not published for this role)";
            case UNKNOWN -> "Unknown";
        };
    }

    static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    static String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant.atZone(LONDON));
    }

    /** A long source shortened in the cell, with the whole text as its tooltip. */
    static Component source(String source) {
        String text = source == null ? "" : source;
        Span span = new Span(text.length() <= SOURCE_LENGTH ? text : text.substring(0, SOURCE_LENGTH - 1).trim() + "…");
        if (!text.isEmpty()) {
            span.getElement().setAttribute("title", text);
        }
        return span;
    }

    static String roomLabel(RoomNeed room) {
        if (room == null) {
            return "";
        }
        if (room == RoomNeed.NONE) {
            return "No room";
        }
        String name = room.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
