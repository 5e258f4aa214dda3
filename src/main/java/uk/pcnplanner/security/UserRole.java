package uk.pcnplanner.security;

/** The three kinds of portal user. The names are the Spring Security roles. */
public enum UserRole {
    CLINICAL_DIRECTOR("Clinical director"),
    PRACTICE_MANAGER("Practice manager"),
    SUPERVISOR("Supervisor");

    /** For {@code @RolesAllowed}, which needs compile-time constants. */
    public static final String CD = "CLINICAL_DIRECTOR";

    public static final String PM = "PRACTICE_MANAGER";
    public static final String SV = "SUPERVISOR";

    private final String label;

    UserRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
