package uk.pcnplanner.base.service;

/** A change the services refuse, with the field it concerns and a message a person can act on. */
public class InvalidEditException extends RuntimeException {

    private final String field;

    public InvalidEditException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
