package uk.pcnplanner.supervision.service;

/** A supervisor the page may show, for the clinical director's choice. */
public record SupervisorChoice(Long id, String name) {

    @Override
    public String toString() {
        return name;
    }
}
