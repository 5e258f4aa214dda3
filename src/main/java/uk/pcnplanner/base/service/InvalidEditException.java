package uk.pcnplanner.base.service;

/** A change the services refuse, with the field it concerns and a message a person can act on. */
public class InvalidEditException extends RuntimeException {

    private final String field;
    private final String reason;

    public InvalidEditException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    /** The message without the field name, for showing on the field itself. */
    public String reason() {
        return reason;
    }
}
