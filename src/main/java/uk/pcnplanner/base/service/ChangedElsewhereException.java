package uk.pcnplanner.base.service;

/** A save of a copy that someone else changed after it was opened. Nothing was saved. */
public class ChangedElsewhereException extends RuntimeException {

    public ChangedElsewhereException(String label) {
        super(label + " was changed by someone else since you opened it. Nothing was saved and your changes "
                + "are still in the form: copy what you need, then reopen it to see the latest version.");
    }
}
