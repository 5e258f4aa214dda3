package uk.pcnplanner.time;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lexical rules shared by the hand-typed schedule formats, so every column is lenient in the same way. */
final class ScheduleText {

    private static final Pattern ITEM_SEPARATOR = Pattern.compile("[,;]");
    // En and em dashes appear when the text went through Excel or Word autocorrect.
    private static final Pattern DASH = Pattern.compile("\\s*[-\u2013\u2014]\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TIME_RANGE = Pattern.compile("(\\d{1,2}:\\d{2})-(\\d{1,2}:\\d{2})");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private static final String DAY_LIST = "Mon, Tue, Wed, Thu, Fri, Sat or Sun";

    private ScheduleText() {
    }

    /** The non-empty items of a list, trimmed but otherwise as typed so errors can quote them. */
    static List<String> items(String text) {
        if (text == null) {
            return List.of();
        }
        return ITEM_SEPARATOR.splitAsStream(clean(text))
                .map(String::strip)
                .filter(item -> !item.isEmpty())
                .toList();
    }

    /** Spreadsheet cells often carry non-breaking spaces, which Java's trimming does not remove. */
    static String clean(String text) {
        return text == null ? "" : text.replace('\u00A0', ' ').strip();
    }

    /** Words of an item, with any dash (and spaces around it) fused into the word so "Mon - Fri" is one word. */
    static String[] words(String item) {
        return SPACES.split(withoutSpacesAroundDashes(item));
    }

    static String withoutSpacesAroundDashes(String text) {
        return DASH.matcher(text).replaceAll("-");
    }

    /** Accepts "Mon", "Monday" and unambiguous abbreviations in between such as "Tues" or "Thurs". */
    static DayOfWeek day(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.length() >= 3) {
            for (DayOfWeek day : DayOfWeek.values()) {
                if (day.name().toLowerCase(Locale.ROOT).startsWith(lower)) {
                    return day;
                }
            }
        }
        throw new InvalidScheduleTextException("\"" + word + "\" is not a day: use " + DAY_LIST);
    }

    static String shortName(DayOfWeek day) {
        String name = day.name();
        return name.charAt(0) + name.substring(1, 3).toLowerCase(Locale.ROOT);
    }

    static Half half(String word, String item) {
        for (Half half : Half.values()) {
            if (half.name().equalsIgnoreCase(word)) {
                return half;
            }
        }
        throw error(item, "the session must be AM or PM, got \"" + word + "\"");
    }

    /** Reads "H:MM-HH:MM"; {@code shapeProblem} explains the expected layout of the surrounding item. */
    static TimeRange timeRange(String token, String item, String shapeProblem) {
        Matcher matcher = TIME_RANGE.matcher(token);
        if (!matcher.matches()) {
            throw error(item, shapeProblem);
        }
        LocalTime start = time(matcher.group(1), item);
        LocalTime end = time(matcher.group(2), item);
        if (!end.isAfter(start)) {
            throw error(item, "the end must be after the start");
        }
        return new TimeRange(start, end);
    }

    private static LocalTime time(String text, String item) {
        int colon = text.indexOf(':');
        int hour = Integer.parseInt(text.substring(0, colon));
        int minute = Integer.parseInt(text.substring(colon + 1));
        if (hour > 23 || minute > 59) {
            throw error(item, "\"" + text + "\" is not a time of day (HH:MM)");
        }
        return LocalTime.of(hour, minute);
    }

    static String format(LocalTime time) {
        return HH_MM.format(time);
    }

    static InvalidScheduleTextException error(String item, String problem) {
        return new InvalidScheduleTextException("\"" + item + "\": " + problem);
    }
}
