package org.factdesk.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Keeps the layers of DESIGN.md true for the production code. */
class ArchitectureTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("org.factdesk");

    static Stream<ArchRule> rules() {
        return LayerRules.ALL.stream();
    }

    @ParameterizedTest
    @MethodSource("rules")
    void productionCodeKeepsTheRule(ArchRule rule) {
        rule.check(PRODUCTION);
    }

    @Test
    void theRulesLookAtTheRealClasses() {
        assertThat(PRODUCTION.contain("org.factdesk.model.Claim")).isTrue();
        assertThat(PRODUCTION.contain("org.factdesk.model.fixture.ModelThatUsesJdbc")).as("test fixtures").isFalse();
    }
}
