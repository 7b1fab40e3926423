package org.factdesk.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.factdesk.cli.fixture.CliThatUsesJackson;
import org.factdesk.model.fixture.ModelThatUsesJdbc;
import org.factdesk.service.fixture.ServiceThatUsesTheWindow;
import org.junit.jupiter.api.Test;

/** Proves that each layer rule fails on code that breaks it, using deliberately bad classes from the test sources. */
class LayerRulesSelfTest {

    private static final JavaClasses BAD = new ClassFileImporter().importClasses(
            ModelThatUsesJdbc.class, ServiceThatUsesTheWindow.class, CliThatUsesJackson.class);

    private static boolean fails(ArchRule rule) {
        return rule.evaluate(BAD).hasViolation();
    }

    @Test
    void jdbcOutsideTheStoreIsCaught() {
        assertThat(fails(LayerRules.JDBC_ONLY_IN_STORE)).isTrue();
        assertThat(fails(LayerRules.MODEL_USES_ONLY_THE_JDK)).isTrue();
    }

    @Test
    void jacksonOutsideTheReportLayerIsCaught() {
        assertThat(fails(LayerRules.JACKSON_ONLY_IN_REPORT)).isTrue();
    }

    @Test
    void javafxOutsideTheWindowIsCaught() {
        assertThat(fails(LayerRules.JAVAFX_ONLY_IN_UI_AND_APP)).isTrue();
    }

    @Test
    void aServiceUsingTheCommandLineIsCaught() {
        assertThat(fails(LayerRules.LAYERS)).isTrue();
        assertThat(fails(LayerRules.NO_CYCLES)).isTrue();
    }

    @Test
    void printingIsAllowedOnlyInTheCommandLine() {
        String report = LayerRules.STANDARD_STREAMS_ONLY_IN_CLI.evaluate(BAD).getFailureReport().toString();
        assertThat(report).contains("ServiceThatUsesTheWindow.complain()").doesNotContain("CliThatUsesJackson.print()");
    }
}
