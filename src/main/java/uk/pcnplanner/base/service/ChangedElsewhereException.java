package uk.pcnplanner.base.service;

/** A save or delete of a copy that someone else changed or deleted after it was opened. Nothing was saved. */
public class ChangedElsewhereException extends RuntimeException {

    private ChangedElsewhereException(String message) {
        super(message);
    }

    static ChangedElsewhereException edited(String label) {
        return new ChangedElsewhereException(label + " was changed by someone else since you opened it. Nothing was "
                + "saved and your changes are still in the form: copy what you need, then reopen it to see the "
                + "latest version.");
    }

    static ChangedElsewhereException beforeDelete(String label) {
        return new ChangedElsewhereException(label + " was changed by someone else since you opened it, so it was "
                + "not deleted. Reopen it to see the latest version first.");
    }

    static ChangedElsewhereException deleted(String label) {
        return new ChangedElsewhereException(label + " was deleted by someone else since you opened it. Nothing "
                + "was saved.");
    }
}
