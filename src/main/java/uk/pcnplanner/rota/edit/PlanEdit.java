package uk.pcnplanner.rota.edit;

/**
 * A change to one item of the draft rota, as the clinical director chose it.
 *
 * @param draftId and version: the draft as the person saw it, so a change to a plan that moved on is refused
 * @param person the staff ID of who runs a clinic (ignored for other items, whose people are fixed)
 * @param session a {@link Choice#id()} from the item's sessions
 * @param room a {@link Choice#id()} from the item's rooms; empty for no room
 */
public record PlanEdit(long draftId, int version, String itemKey, String person, String session, String room) {}
