package org.factdesk.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.factdesk.model.Claim;
import org.factdesk.model.Document;
import org.factdesk.text.CodePointIndex;

/**
 * The command line's JSON output. Claims take exactly the report's claim shape (code-point offsets, paragraph) plus
 * their {@code documentId}, so that a script reads one shape everywhere.
 */
public final class CliJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            // a field that does not apply (another kind's details, an unknown period) is left out, not null
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                    JsonInclude.Include.ALWAYS))
            .build();

    private CliJson() {
    }

    /** A result record (or list, or map) as indented JSON; times as ISO-8601 text. */
    public static String value(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** {@code {"claims":[…]}}; {@code documents} gives each claim's document (asked once per document). */
    public static String claims(List<Claim> claims, Function<String, Document> documents) {
        Map<String, Located> located = new HashMap<>();
        return write(json -> {
            json.writeStartObject();
            json.writeArrayFieldStart("claims");
            for (Claim claim : claims) {
                Located document = located.computeIfAbsent(claim.documentId(),
                        id -> new Located(documents.apply(id)));
                document.write(json, claim);
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    /** {@code {"claim":{…}}}. */
    public static String claim(Claim claim, Document document) {
        return write(json -> {
            json.writeStartObject();
            json.writeFieldName("claim");
            new Located(document).write(json, claim);
            json.writeEndObject();
        });
    }

    /** Writing into a generator. */
    private interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private static String write(Body body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = MAPPER.getFactory().createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            body.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A document with its offset index, built once for all its claims. */
    private static final class Located {
        private final Document document;
        private final CodePointIndex index;

        Located(Document document) {
            this.document = document;
            this.index = CodePointIndex.of(document.text());
        }

        void write(JsonGenerator json, Claim claim) throws IOException {
            ClaimFields.write(json, claim, index::toCodePoints, document.paragraphIndexAt(claim.target().start()),
                    true);
        }
    }
}
