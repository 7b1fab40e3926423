package org.factdesk.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.factdesk.model.Claim;
import org.factdesk.model.Document;
import org.factdesk.model.Evidence;
import org.factdesk.model.Verdict;
import org.factdesk.text.CodePointIndex;

/**
 * Writes the project's claims as a W3C Web Annotation collection (JSON-LD, {@code http://www.w3.org/ns/anno.jsonld}):
 * one {@code AnnotationCollection} with one page holding one {@code Annotation} per claim, streamed.
 *
 * <p>Each annotation targets its article (the published URL when known, else {@code urn:factdesk:document:ID}) with a
 * {@code TextPositionSelector} (code points of the normalised text) and a {@code TextQuoteSelector}; its bodies are
 * {@code TextualBody}s whose {@code purpose} says what they are: {@code classifying} (the claim's kind),
 * {@code assessing} (the verdict's id, when there is one), {@code commenting} (the note), {@code tagging} (one per tag)
 * and {@code identifying} (an attribution's speaker); evidence becomes {@code linking} bodies naming the URL.
 * {@link AnnotationReader} reads it back.
 */
public final class AnnotationWriter {

    /** The JSON-LD context of the Web Annotation vocabulary. */
    public static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    /** The prefix of an annotation's id; the claim id follows. */
    public static final String CLAIM_IRI = "urn:factdesk:claim:";
    /** The prefix of an article's IRI when it has no published URL; the document id follows. */
    public static final String DOCUMENT_IRI = "urn:factdesk:document:";

    private final Clock clock;
    private final String generator;
    private final boolean pretty;

    /** A writer stamping {@code generated} with {@code clock} and naming {@code generator} as the software. */
    public AnnotationWriter(Clock clock, String generator, boolean pretty) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.generator = Objects.requireNonNull(generator, "generator");
        this.pretty = pretty;
    }

    /** Writes the collection into {@code out} atomically (see {@link AtomicFile}). */
    public ExportCounts write(ReportContent content, Path out) throws IOException {
        return AtomicFile.write(out, stream -> write(content, stream));
    }

    /** Writes the collection as UTF-8 JSON-LD to {@code out}, which is flushed but not closed. */
    public ExportCounts write(ReportContent content, OutputStream out) throws IOException {
        int[] counts = new int[2];
        try (JsonGenerator json = ReportJson.FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
            if (pretty) {
                json.setPrettyPrinter(new DefaultPrettyPrinter());
            }
            json.writeStartObject();
            json.writeStringField("@context", CONTEXT);
            json.writeStringField("type", "AnnotationCollection");
            json.writeStringField("label", content.project().name());
            json.writeObjectFieldStart("generator");
            json.writeStringField("type", "Software");
            json.writeStringField("name", generator);
            json.writeEndObject();
            json.writeStringField("generated", clock.instant().truncatedTo(ChronoUnit.MILLIS).toString());
            json.writeObjectFieldStart("first");
            json.writeStringField("type", "AnnotationPage");
            json.writeNumberField("startIndex", 0);
            json.writeArrayFieldStart("items");
            for (Document document : content.documents()) {
                writeDocument(json, document, source(document, content.publication(document)), content, counts);
                counts[0]++;
            }
            json.writeEndArray();
            json.writeEndObject();
            // Last, because the claims are counted as they stream past.
            json.writeNumberField("total", counts[1]);
            json.writeEndObject();
            json.writeRaw('\n');
            json.flush();
        }
        return new ExportCounts(counts[0], counts[1], 0, 0);
    }

    /** The IRI an article's annotations target. */
    static String source(Document document, Publication publication) {
        return publication.url() != null ? publication.url() : DOCUMENT_IRI + document.id();
    }

    private static void writeDocument(JsonGenerator json, Document document, String source, ReportContent content,
            int[] counts) throws IOException {
        CodePointIndex index = CodePointIndex.of(document.text());
        try {
            content.forEachClaim(document.id(), claim -> {
                ReportWriter.checkFits(document, claim);
                try {
                    writeAnnotation(json, claim, source, index);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                counts[1]++;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void writeAnnotation(JsonGenerator json, Claim claim, String source, CodePointIndex index)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("id", CLAIM_IRI + claim.id());
        json.writeStringField("type", "Annotation");
        json.writeStringField("motivation", claim.verdict() == Verdict.UNVERIFIED ? "highlighting" : "assessing");
        if (!claim.author().isEmpty()) {
            json.writeObjectFieldStart("creator");
            json.writeStringField("type", "Person");
            json.writeStringField("name", claim.author());
            json.writeEndObject();
        }
        json.writeStringField("created", InstantText.of(claim.createdAt()));
        json.writeStringField("modified", InstantText.of(claim.updatedAt()));
        json.writeArrayFieldStart("body");
        textualBody(json, "classifying", claim.kind().id());
        if (claim.verdict() != Verdict.UNVERIFIED) {
            textualBody(json, "assessing", claim.verdict().id());
        }
        if (!claim.note().isEmpty()) {
            textualBody(json, "commenting", claim.note());
        }
        for (String tag : claim.tags()) {
            textualBody(json, "tagging", tag);
        }
        if (claim.attribution() != null && claim.attribution().speaker() != null
                && !claim.attribution().speaker().isBlank()) {
            textualBody(json, "identifying", claim.attribution().speaker());
        }
        for (Evidence evidence : claim.evidence()) {
            json.writeStartObject();
            json.writeStringField("id", evidence.url());
            json.writeStringField("purpose", "linking");
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeObjectFieldStart("target");
        json.writeStringField("source", source);
        json.writeArrayFieldStart("selector");
        json.writeStartObject();
        json.writeStringField("type", "TextQuoteSelector");
        json.writeStringField("exact", claim.target().exact());
        json.writeStringField("prefix", claim.target().prefix());
        json.writeStringField("suffix", claim.target().suffix());
        json.writeEndObject();
        json.writeStartObject();
        json.writeStringField("type", "TextPositionSelector");
        json.writeNumberField("start", index.toCodePoints(claim.target().start()));
        json.writeNumberField("end", index.toCodePoints(claim.target().end()));
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void textualBody(JsonGenerator json, String purpose, String value) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "TextualBody");
        json.writeStringField("purpose", purpose);
        json.writeStringField("value", value);
        json.writeStringField("format", "text/plain");
        json.writeEndObject();
    }
}
