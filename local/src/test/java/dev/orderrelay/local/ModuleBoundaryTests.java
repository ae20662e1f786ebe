package dev.orderrelay.local;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The boundaries of STYLE.md that keep the design honest, checked on the compiled production classes of every
 * module. Rules about modules that do not exist yet hold trivially and start biting the day they appear.
 */
class ModuleBoundaryTests {

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.orderrelay");
    }

    @Test
    void theReceiverNeverReachesDynamoDbTheLedgerOrTheDestinations() {
        noClasses()
                .that()
                .resideInAPackage("dev.orderrelay.receiver..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "software.amazon.awssdk.services.dynamodb..",
                        "software.amazon.awssdk.enhanced.dynamodb..",
                        "dev.orderrelay.ledger..",
                        "dev.orderrelay.destinations..",
                        "dev.orderrelay.worker..")
                .because("the receiver stays stupid and fast: it only checks, wraps and enqueues")
                .check(production);
    }

    @Test
    void theReconcilerRepairsThroughQueuesNeverThroughAnotherRolesCode() {
        noClasses()
                .that()
                .resideInAPackage("dev.orderrelay.reconciler..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.orderrelay.worker..",
                        "dev.orderrelay.receiver..",
                        "dev.orderrelay.console..",
                        "dev.orderrelay.destinations..")
                .because("each role deploys alone; the reconciler hands repairs to the worker through the ingest queue")
                .check(production);
    }

    @Test
    void theShopifyModuleKnowsNoSpringAndNoRole() {
        noClasses()
                .that()
                .resideInAPackage("dev.orderrelay.shopify..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "dev.orderrelay.worker..",
                        "dev.orderrelay.reconciler..",
                        "dev.orderrelay.ledger..")
                .because("it holds Shopify's formats and API client, which every role may use")
                .check(production);
    }

    @Test
    void coreDependsOnNoOtherModule() {
        classes()
                .that()
                .resideInAPackage("dev.orderrelay.core..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("dev.orderrelay.core..", "java..", "tools.jackson..", "com.fasterxml.jackson..")
                .because("core holds the envelope and domain types every module shares")
                .check(production);
    }

    @Test
    void productionModulesNeverDependOnTheDevstack() {
        noClasses()
                .that()
                .resideInAPackage("dev.orderrelay..")
                .and()
                .resideOutsideOfPackages("dev.orderrelay.devstack..", "dev.orderrelay.local..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.orderrelay.devstack..")
                .because("the devstack is for tests and the local run only")
                .check(production);
    }

    @Test
    void theSimulatorsShareNoCodeWithProductionModules() {
        noClasses()
                .that()
                .resideInAPackage("dev.orderrelay.devstack..")
                .should()
                .dependOnClassesThat(
                        resideInAPackage("dev.orderrelay..").and(resideOutsideOfPackage("dev.orderrelay.devstack..")))
                .because("a bug in our signing or mapping must not hide by being on both sides")
                .check(production);
    }

    @Test
    void destinationSendersNeverTouchTheLedger() {
        noClasses()
                .that()
                .resideInAPackage("dev.orderrelay.destinations..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.orderrelay.ledger..")
                .because("the worker owns claims; a sender only sends")
                .allowEmptyShould(true)
                .check(production);
    }
}
