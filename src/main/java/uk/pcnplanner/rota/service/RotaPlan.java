package uk.pcnplanner.rota.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The latest draft rota of a network, or the best plan of a solve still running: its score and
 * every item, placed or not.
 *
 * @param draftId null while a solve is still improving the plan, which cannot be edited yet
 * @param version the draft's version, so an edit of a plan someone else changed meanwhile is refused
 */
public record RotaPlan(Long draftId, int version, Instant createdAt, String score, int unassigned,
        List<RotaItem> items) {

    public boolean isLive() {
        return draftId == null;
    }

    public Optional<RotaItem> item(String key) {
        return items.stream().filter(i -> i.key().equals(key)).findFirst();
    }

    public List<RotaItem> unassignedItems() {
        return items.stream().filter(i -> !i.isPlaced()).toList();
    }
}
