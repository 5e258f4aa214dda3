package uk.pcnplanner.audit;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    @Query("""
            select e from AuditEntry e
            where (:type = '' or e.entityType = :type)
              and (:text = ''
                   or lower(e.entityLabel) like concat('%', :text, '%')
                   or lower(e.username) like concat('%', :text, '%')
                   or lower(e.entityId) like concat('%', :text, '%')
                   or lower(e.field) like concat('%', :text, '%')
                   or lower(e.oldValue) like concat('%', :text, '%')
                   or lower(e.newValue) like concat('%', :text, '%'))
            order by e.occurredAt desc, e.id desc
            """)
    List<AuditEntry> search(String type, String text, Pageable page);

    @Query("select distinct e.entityType from AuditEntry e order by e.entityType")
    List<String> entityTypes();
}
