package uk.pcnplanner.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit log's search: no filter lists everything, a type or some text narrows it. */
@SpringBootTest
@WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
class AuditSearchTest {

    @Autowired
    AuditService audit;

    @Autowired
    TransactionTemplate transaction;

    @BeforeEach
    void twoKindsOfChange() {
        transaction.executeWithoutResult(status -> {
            audit.event("Room", "r-7", "Room 7, Castle Surgery", "Unavailable", "", "Mon AM");
            audit.event("Staff", "1001", "Asha Khan", "WTE", "0.8", "1.0");
        });
    }

    @Test
    void withoutAFilterEveryKindOfEntryIsListed() {
        assertThat(audit.search(null, null))
                .extracting(AuditEntry::getEntityLabel)
                .contains("Room 7, Castle Surgery", "Asha Khan");
        assertThat(audit.search(null, "  ")).hasSameSizeAs(audit.search(null, null));
    }

    @Test
    void aTypeOrSomeTextNarrowsTheList() {
        assertThat(audit.search("Staff", null))
                .isNotEmpty()
                .allMatch(e -> e.getEntityType().equals("Staff"))
                .extracting(AuditEntry::getEntityLabel)
                .contains("Asha Khan");
        assertThat(audit.search(null, "CASTLE"))
                .extracting(AuditEntry::getEntityLabel)
                .contains("Room 7, Castle Surgery")
                .doesNotContain("Asha Khan");
        assertThat(audit.search("Room", "asha")).isEmpty();
    }
}
