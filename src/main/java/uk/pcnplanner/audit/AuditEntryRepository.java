package uk.pcnplanner.audit;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    @Query("""
            select e from AuditEntry e
            where (:type is null or e.entityType = :type)
              and (:text is null
                   or lower(e.entityLabel) like lower(concat('%', :text, '%'))
                   or lower(e.username) like lower(concat('%', :text, '%'))
                   or lower(e.entityId) like lower(concat('%', :text, '%'))
                   or lower(e.field) like lower(concat('%', :text, '%'))
                   or lower(e.oldValue) like lower(concat('%', :text, '%'))
                   or lower(e.newValue) like lower(concat('%', :text, '%')))
            order by e.occurredAt desc, e.id desc
            """)
    List<AuditEntry> search(String type, String text, Pageable page);

    @Query("select distinct e.entityType from AuditEntry e order by e.entityType")
    List<String> entityTypes();
}
