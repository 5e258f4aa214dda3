package uk.pcnplanner.budget.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PayPointEntryRepository extends JpaRepository<PayPointEntry, Long> {

    /** Oldest first, so a later entry for the same year and point replaces an earlier one. */
    List<PayPointEntry> findAllByOrderByRecordedAtAscIdAsc();
}
