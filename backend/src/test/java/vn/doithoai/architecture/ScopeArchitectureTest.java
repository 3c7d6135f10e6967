package vn.doithoai.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Path;
import vn.doithoai.common.security.ScopeDecidedElsewhere;

/**
 * Scope (body, oversight, unit, ward, own) is decided in one place per feature, its Access class. A second, inline
 * copy of a scope check is how one body comes to read another's citizens, so these rules fail the build when a class
 * of a plan-scoped feature touches the database without going through an Access class.
 */
class ScopeArchitectureTest {

    /** The features whose every record hangs under a plan, and so under one body. */
    private static final String[] PLAN_SCOPED = { "vn.doithoai.plan..", "vn.doithoai.feedback..", "vn.doithoai.participant..",
            "vn.doithoai.session..", "vn.doithoai.minutes..", "vn.doithoai.ruling..", "vn.doithoai.notice..",
            "vn.doithoai.followup.." };

    private static final JavaClasses PRODUCT = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.doithoai");

    @Test
    void resourcesLeaveTheDatabaseToServices() {
        noClasses().that().areAnnotatedWith(Path.class)
                .should().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .orShould().dependOnClassesThat().areAssignableTo(PanacheRepositoryBase.class)
                .because("a resource is thin: what it may see is decided below it, in the feature's Access class")
                .check(PRODUCT);
    }

    @Test
    void everyQueryOfAPlanScopedFeatureGoesThroughAnAccessClass() {
        classes().that().resideInAnyPackage(PLAN_SCOPED)
                .and(touchTheDatabase())
                .and().haveSimpleNameNotEndingWith("Access")
                .and().haveSimpleNameNotEndingWith("DemoData")
                .and().areNotAssignableTo(PanacheRepositoryBase.class)
                .and().areNotAnnotatedWith(ScopeDecidedElsewhere.class)
                .should(dependOnAnAccessClass())
                .because("another body's object must be 404 in every query and command, decided once per feature")
                .check(PRODUCT);
    }

    private static DescribedPredicate<JavaClass> touchTheDatabase() {
        return DescribedPredicate.describe("touch the database", c -> c.getDirectDependenciesFromSelf().stream()
                .anyMatch(d -> d.getTargetClass().isAssignableTo(EntityManager.class)
                        || d.getTargetClass().isAssignableTo(PanacheRepositoryBase.class)));
    }

    private static ArchCondition<JavaClass> dependOnAnAccessClass() {
        return new ArchCondition<>("decide what the caller may see through an Access class") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                boolean through = c.getDirectDependenciesFromSelf().stream()
                        .anyMatch(d -> d.getTargetClass().getPackageName().startsWith("vn.doithoai")
                                && d.getTargetClass().getSimpleName().endsWith("Access"));
                if (!through) {
                    events.add(SimpleConditionEvent.violated(c, c.getName()
                            + " reads or writes the database without an Access class (or @ScopeDecidedElsewhere with the reason)"));
                }
            }
        };
    }
}
