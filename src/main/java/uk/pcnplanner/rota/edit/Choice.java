package uk.pcnplanner.rota.edit;

/** One option of an edit field: its id for the service and its label for the page. */
public record Choice(String id, String label) {}
