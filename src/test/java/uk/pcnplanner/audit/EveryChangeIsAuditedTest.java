package uk.pcnplanner.audit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaCodeUnitAccess;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.EntityManager;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import uk.pcnplanner.base.service.AuditedEdits;

/**
 * Every class of the portal that writes to the database also writes to the audit trail, and so does
 * every public method that writes, so a new kind of change cannot be added without its audit — not
 * even beside an audited one in the same class. The few that write without it are named here with
 * the reason. (Each feature's own tests check the entries a change leaves.)
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

    // ---- The same promise, method by method ----

    private static final Set<String> ENTITY_MANAGER_WRITES = Set.of("persist", "merge", "remove");

    private static final JavaClasses PORTAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.pcnplanner");

    /**
     * Every public method that writes to the database — itself, or through the private, package or
     * other methods of its own class it calls, however deep — also reaches the audit: it calls
     * {@link AuditService} or {@link AuditedEdits}, itself or through any method of the portal it calls.
     */
    @Test
    void everyPublicMethodThatWritesToTheDatabaseAlsoWritesTheAudit() {
        methods().that().arePublic()
                .and().areDeclaredInClassesThat().resideInAPackage("uk.pcnplanner..")
                .and().areDeclaredInClassesThat().areNotAssignableTo(AuditService.class)
                .should(auditWhatTheyWriteMethodByMethod())
                .check(PORTAL);
    }

    /** The check finds what it must: writes through a method reference, a lambda and a private helper. */
    @Test
    void theMethodLevelCheckSeesWritesAndAuditsThroughHelpers() {
        JavaClasses samples = new ClassFileImporter().importClasses(Samples.class);
        JavaClass sample = samples.get(Samples.class);
        assertWrites(sample, "direct", true);
        assertWrites(sample, "throughAPrivateHelper", true);
        assertWrites(sample, "inALambda", true);
        assertWrites(sample, "byMethodReference", true);
        assertWrites(sample, "readsOnly", false);
        org.assertj.core.api.Assertions.assertThat(new Audits().reach(method(sample, "throughAPrivateHelper"))).isFalse();

        // And on the portal itself: a change of a rule weight writes, and writes the audit.
        JavaMethod change = method(PORTAL.get(uk.pcnplanner.solver.weights.ConstraintWeightService.class), "change");
        org.assertj.core.api.Assertions.assertThat(firstWrite(change)).isPresent();
        org.assertj.core.api.Assertions.assertThat(new Audits().reach(change)).isTrue();
        long writers = PORTAL.stream().filter(type -> type.getPackageName().startsWith("uk.pcnplanner"))
                .flatMap(type -> type.getMethods().stream())
                .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC) && firstWrite(m).isPresent()).count();
        System.out.println("Public methods of the portal that write to the database: " + writers);
        org.assertj.core.api.Assertions.assertThat(writers).as("public methods that write").isGreaterThan(20);
    }

    private static void assertWrites(JavaClass type, String name, boolean expected) {
        org.assertj.core.api.Assertions.assertThat(firstWrite(method(type, name)).isPresent())
                .as(name + " writes").isEqualTo(expected);
    }

    private static JavaMethod method(JavaClass type, String name) {
        return type.getMethods().stream().filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
    }

    private static ArchCondition<JavaMethod> auditWhatTheyWriteMethodByMethod() {
        Audits audits = new Audits();
        return new ArchCondition<>("write the audit whenever they write to the database") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                JavaClass owner = method.getOwner();
                if (method.getModifiers().contains(JavaModifier.SYNTHETIC) || method.getModifiers().contains(JavaModifier.BRIDGE)
                        || NOT_AUDITED_HERE.contains(owner.getName())
                        || NOT_AUDITED_PACKAGES.contains(owner.getPackageName())) {
                    return;
                }
                firstWrite(method).filter(write -> !audits.reach(method)).ifPresent(write ->
                        events.add(SimpleConditionEvent.violated(method, method.getFullName()
                                + " writes to the database (" + write.getName() + " on "
                                + write.getTargetOwner().getSimpleName() + " at " + write.getSourceCodeLocation()
                                + ") but neither it nor anything it calls writes the audit")));
            }
        };
    }

    /** The first write reached from {@code start} through the methods of its own class and its helpers, if any. */
    private static Optional<JavaCodeUnitAccess<?>> firstWrite(JavaCodeUnit start) {
        Set<JavaCodeUnit> seen = new HashSet<>();
        Deque<JavaCodeUnit> next = new ArrayDeque<>(List.of(start));
        while (!next.isEmpty()) {
            JavaCodeUnit unit = next.pop();
            if (!seen.add(unit)) {
                continue;
            }
            for (JavaCodeUnitAccess<?> access : accesses(unit)) {
                if (isWrite(access)) {
                    return Optional.of(access);
                }
                access.getTarget().resolveMember().filter(callee -> followed(callee, start.getOwner()))
                        .ifPresent(next::push);
            }
        }
        return Optional.empty();
    }

    /**
     * A write inside a method called is the caller's too when the method is of the caller's own
     * class, or a helper of another class of the portal that is not public: a public one answers for
     * its own writes.
     */
    private static boolean followed(JavaCodeUnit callee, JavaClass caller) {
        return sameClass(callee.getOwner(), caller)
                || callee.getOwner().getPackageName().startsWith("uk.pcnplanner")
                        && !callee.getModifiers().contains(JavaModifier.PUBLIC)
                        && !callee.getOwner().isAssignableTo(AuditService.class)
                        && !callee.getOwner().isAssignableTo(AuditedEdits.class);
    }

    /** The class itself, or a class nested in it (an anonymous or inner helper). */
    private static boolean sameClass(JavaClass target, JavaClass owner) {
        for (JavaClass type = target; type != null; type = type.getEnclosingClass().orElse(null)) {
            if (type.equals(owner)) {
                return true;
            }
        }
        return false;
    }

    private static List<JavaCodeUnitAccess<?>> accesses(JavaCodeUnit unit) {
        return Stream.concat(unit.getCallsFromSelf().stream(), unit.getCodeUnitReferencesFromSelf().stream())
                .<JavaCodeUnitAccess<?>>map(access -> access).toList();
    }

    private static boolean isWrite(JavaAccess<?> access) {
        JavaClass owner = access.getTargetOwner();
        String name = access.getName();
        if (owner.isAssignableTo(Repository.class)) {
            return WRITES.contains(name) || name.startsWith("save") || name.startsWith("delete")
                    || name.startsWith("remove") || modifying(access);
        }
        if (owner.isAssignableTo(JdbcOperations.class) || owner.isAssignableTo(NamedParameterJdbcOperations.class)) {
            return name.equals("update") || name.equals("batchUpdate");
        }
        return owner.isAssignableTo(EntityManager.class) && ENTITY_MANAGER_WRITES.contains(name);
    }

    private static boolean modifying(JavaAccess<?> access) {
        return access instanceof JavaCodeUnitAccess<?> call && call.getTarget().resolveMember()
                .map(member -> member.isAnnotatedWith(Modifying.class)).orElse(false);
    }

    /** Whether a method reaches the audit, through any method of the portal it calls. */
    private static final class Audits {
        private final Map<JavaCodeUnit, Boolean> known = new HashMap<>();

        boolean reach(JavaCodeUnit start) {
            return reach(start, new HashSet<>());
        }

        private boolean reach(JavaCodeUnit unit, Set<JavaCodeUnit> path) {
            Boolean answer = known.get(unit);
            if (answer != null) {
                return answer;
            }
            if (!path.add(unit)) {
                return false; // a cycle: its other branches decide
            }
            boolean found = false;
            for (JavaCodeUnitAccess<?> access : accesses(unit)) {
                JavaClass owner = access.getTargetOwner();
                if (owner.isAssignableTo(AuditService.class) || owner.isAssignableTo(AuditedEdits.class)) {
                    found = true;
                    break;
                }
                if (owner.getPackageName().startsWith("uk.pcnplanner")
                        && implementations(access).anyMatch(callee -> reach(callee, path))) {
                    found = true;
                    break;
                }
            }
            path.remove(unit);
            known.put(unit, found);
            return found;
        }

        /** The method called and, when it is declared on an interface of the portal, its implementations. */
        private static Stream<JavaCodeUnit> implementations(JavaCodeUnitAccess<?> access) {
            Optional<? extends JavaCodeUnit> target = access.getTarget().resolveMember();
            if (target.isEmpty()) {
                return Stream.empty();
            }
            JavaCodeUnit callee = target.get();
            if (!callee.getOwner().isInterface()) {
                return Stream.of(callee);
            }
            return Stream.concat(Stream.of(callee), callee.getOwner().getAllSubclasses().stream()
                    .flatMap(type -> type.getMethods().stream())
                    .filter(m -> m.getName().equals(callee.getName())
                            && m.getRawParameterTypes().equals(callee.getRawParameterTypes())));
        }
    }

    /** Shapes of code the method-level check must see through. */
    @SuppressWarnings("unused")
    static class Samples {
        private final JdbcTemplate jdbc = new JdbcTemplate();
        private final org.springframework.data.jpa.repository.JpaRepository<Object, Long> repository = null;

        public void direct() {
            jdbc.update("delete from x");
        }

        public void throughAPrivateHelper() {
            helper();
        }

        private void helper() {
            repository.save(new Object());
        }

        public void inALambda() {
            Runnable write = () -> jdbc.update("update x set y = 1");
            write.run();
        }

        public void byMethodReference() {
            List.of(new Object()).forEach(repository::delete);
        }

        public void readsOnly() {
            jdbc.queryForList("select 1");
        }
    }
}
