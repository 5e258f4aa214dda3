package uk.pcnplanner.rota.service;

import java.time.Instant;
import java.util.List;

/** The latest draft rota of a network: its score and every item, placed or not. */
public record RotaPlan(Instant createdAt, String score, int unassigned, List<RotaItem> items) {

    public List<RotaItem> unassignedItems() {
        return items.stream().filter(i -> !i.isPlaced()).toList();
    }
}
