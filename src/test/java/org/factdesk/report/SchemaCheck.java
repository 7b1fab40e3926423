package org.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;

/** Validates reports against the shipped JSON Schema with a real validator (networknt). */
public final class SchemaCheck {

    static final JsonSchema SCHEMA = load();

    private SchemaCheck() {
    }

    private static JsonSchema load() {
        try (InputStream schema = ReportWriter.class.getResourceAsStream(ReportWriter.SCHEMA_RESOURCE)) {
            assertThat(schema).as("schema on the class path").isNotNull();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Set<ValidationMessage> problems(JsonNode report) {
        return SCHEMA.validate(report);
    }

    static void assertValid(JsonNode report) {
        assertThat(problems(report)).as("schema problems").isEmpty();
    }

    static void assertValid(Path report) throws IOException {
        assertValid(ReportJson.MAPPER.readTree(report.toFile()));
    }
}
