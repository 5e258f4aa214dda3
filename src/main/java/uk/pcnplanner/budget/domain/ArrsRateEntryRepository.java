package uk.pcnplanner.budget.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ArrsRateEntryRepository extends JpaRepository<ArrsRateEntry, Long> {

    Optional<ArrsRateEntry> findFirstByFinancialYearOrderByRecordedAtDescIdDesc(String financialYear);
}
