package uk.pcnplanner;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/** The service layer is the only way in: views never reach a repository or the entity manager. */
class ArchitectureTest {

    private static final JavaClasses PORTAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.pcnplanner");

    @Test
    void viewsDoNotUseRepositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(PORTAL);
    }

    @Test
    void viewsDoNotUseTheEntityManager() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .check(PORTAL);
    }

    @Test
    void theTimeTypesStayPlainJava() {
        noClasses().that().resideInAPackage("uk.pcnplanner.time..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .check(PORTAL);
    }
}
