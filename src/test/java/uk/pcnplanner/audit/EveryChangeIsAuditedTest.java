package uk.pcnplanner.audit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.pcnplanner.base.service.AuditedEdits;

/**
 * Every class of the portal that writes to the database also writes to the audit trail, so a
 * new kind of change cannot be added without its audit. The few that write without it are named
 * here with the reason. (Each feature's own tests check the entries a change leaves.)
 */
class EveryChangeIsAuditedTest {

    private static final Set<String> WRITES = Set.of("save", "saveAll", "saveAndFlush", "saveAllAndFlush", "delete",
            "deleteAll", "deleteById", "deleteAllInBatch", "update", "batchUpdate");

    /**
     * Writers whose changes are not planning data, or that write as part of one change the service
     * calling them audits as a whole (an import, a restore).
     */
    private static final Set<String> NOT_AUDITED_HERE = Set.of(
            "uk.pcnplanner.security.LoginThrottle", // sign-in failures, not planning data
            "uk.pcnplanner.security.FirstDirectorAccount", // the installation's first login, made at start-up
            "uk.pcnplanner.solver.lock.SolveLock", // which server is solving: a lease, not planning data
            "uk.pcnplanner.solver.draft.DraftStore", // the solver's output; edits to a draft are audited
            "uk.pcnplanner.workbook.service.PlanRecords", // the import, audited as one "Workbook import"
            "uk.pcnplanner.workbook.service.SiteRecords",
            "uk.pcnplanner.workbook.service.StaffRecords");

    /** Packages that only ever write into an empty installation: the demo, and a restore (audited as one). */
    private static final Set<String> NOT_AUDITED_PACKAGES = Set.of("uk.pcnplanner.demo", "uk.pcnplanner.backup");

    @Test
    void whatWritesToTheDatabaseAlsoWritesTheAudit() {
        classes().that().resideInAPackage("uk.pcnplanner..")
                .and().areNotAssignableTo(AuditService.class)
                .should(auditWhatTheyWrite())
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("uk.pcnplanner"));
    }

    private static ArchCondition<JavaClass> auditWhatTheyWrite() {
        return new ArchCondition<>("audit what they write") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                if (NOT_AUDITED_HERE.contains(type.getName()) || NOT_AUDITED_PACKAGES.contains(type.getPackageName())
                        || !writes(type) || audits(type) || usesSomethingThatAudits(type)) {
                    return;
                }
                events.add(SimpleConditionEvent.violated(type, type.getName()
                        + " writes to the database but never calls AuditService or AuditedEdits"));
            }
        };
    }

    private static boolean writes(JavaClass type) {
        return type.getMethodCallsFromSelf().stream().anyMatch(EveryChangeIsAuditedTest::isWrite);
    }

    private static boolean isWrite(JavaMethodCall call) {
        JavaClass owner = call.getTargetOwner();
        return WRITES.contains(call.getName())
                && (owner.isAssignableTo(Repository.class) || owner.isAssignableTo(JdbcTemplate.class));
    }

    /** A feature's helper that audits for it, e.g. a service's entry-keeping class. */
    private static boolean usesSomethingThatAudits(JavaClass type) {
        return type.getMethodCallsFromSelf().stream().map(JavaMethodCall::getTargetOwner)
                .filter(owner -> !owner.equals(type) && owner.getPackageName().startsWith("uk.pcnplanner"))
                .anyMatch(EveryChangeIsAuditedTest::audits);
    }

    private static boolean audits(JavaClass type) {
        return type.getMethodCallsFromSelf().stream().map(JavaMethodCall::getTargetOwner)
                .anyMatch(owner -> owner.isAssignableTo(AuditService.class) || owner.isAssignableTo(AuditedEdits.class));
    }
}
