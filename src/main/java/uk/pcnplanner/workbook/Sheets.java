package uk.pcnplanner.workbook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The sheets and columns of the network workbook, in the contract's order; * marks a required column. */
public final class Sheets {

    public static final String INSTRUCTIONS = "Instructions";
    public static final String NETWORK = "Network";
    public static final String PRACTICES = "Practices";
    public static final String ROOMS = "Rooms";
    public static final String STAFF = "Staff";
    public static final String LEAVE = "Leave";
    public static final String DEMAND = "Demand";
    public static final String RULES = "Supervision rules";
    public static final String POSTS = "Planned posts";
    public static final String BOOKINGS = "Bookings";

    public static final List<String> REQUIRED = List.of(NETWORK, PRACTICES, ROOMS, STAFF);

    private static final Map<String, List<String>> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put(NETWORK, List.of("Key*", "Value*"));
        COLUMNS.put(PRACTICES, List.of("Practice code*", "Name*", "List size*", "Open sessions",
                "Link worker sessions per week"));
        COLUMNS.put(ROOMS, List.of("Practice code*", "Room*", "Type*", "Capacity", "Accessible", "Unavailable"));
        COLUMNS.put(STAFF, List.of("Staff ID*", "Name*", "Role*", "WTE*", "Band", "Annual salary", "Start date",
                "End date", "Base practice*", "Working sessions*", "Practices", "Supervisor", "Supervision windows",
                "Supervisee capacity", "Needs room", "Needs accessible room", "Funding"));
        COLUMNS.put(LEAVE, List.of("Staff ID*", "From*", "To*", "Sessions"));
        COLUMNS.put(DEMAND, List.of("Practice code*", "Role*", "Sessions per week*", "Preferred sessions"));
        COLUMNS.put(RULES, List.of("Role*", "Kind*", "Minutes*", "Every weeks*", "Group size"));
        COLUMNS.put(POSTS, List.of("Post ID*", "Role*", "WTE*", "Band", "Annual salary", "Start date*", "End date",
                "Practice code"));
        COLUMNS.put(BOOKINGS, List.of("Date*", "Session", "Start", "Minutes", "Staff ID*", "Activity*",
                "Practice code", "Room", "With"));
    }

    /** The keys of the Network sheet, in the order the template lists them; * marks a required key. */
    public static final List<String> NETWORK_KEYS = List.of("Name*", "ODS code", "Weighted population*",
            "Financial year", "Rota start*", "Rota weeks", "AM session", "PM session", "Pay area",
            "Employer pension rate", "Clinic share");

    private Sheets() {}

    public static List<String> names() {
        return List.copyOf(COLUMNS.keySet());
    }

    /** Column headers as written, without the required mark. */
    public static List<String> headers(String sheet) {
        return COLUMNS.get(sheet).stream().map(Sheets::bare).toList();
    }

    public static List<String> requiredHeaders(String sheet) {
        return COLUMNS.get(sheet).stream().filter(c -> c.endsWith("*")).map(Sheets::bare).toList();
    }

    public static List<String> networkKeys() {
        return NETWORK_KEYS.stream().map(Sheets::bare).toList();
    }

    public static List<String> requiredNetworkKeys() {
        return NETWORK_KEYS.stream().filter(c -> c.endsWith("*")).map(Sheets::bare).toList();
    }

    /** Where a sheet comes in reports: the file first, then the contract's order, then anything else. */
    static int rank(String sheet) {
        if (Problem.FILE.equals(sheet)) {
            return -1;
        }
        int index = names().indexOf(sheet);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    private static String bare(String column) {
        return column.endsWith("*") ? column.substring(0, column.length() - 1) : column;
    }
}
