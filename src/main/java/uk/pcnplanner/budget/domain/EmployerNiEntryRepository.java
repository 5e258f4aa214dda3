package uk.pcnplanner.budget.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EmployerNiEntryRepository extends JpaRepository<EmployerNiEntry, Long> {

    Optional<EmployerNiEntry> findFirstByFinancialYearOrderByRecordedAtDescIdDesc(String financialYear);
}
