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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Document;
import org.factdesk.model.ReviewIssue;
import org.factdesk.model.TranslationRisk;
import org.factdesk.model.Verdict;
import org.factdesk.text.CodePointIndex;

/**
 * Writes the JSON report (format {@code factdesk-report}, version 1, see DESIGN.md and
 * {@code factdesk-report-v1.schema.json}), streaming: one claim at a time goes from the {@link ReportContent} to the
 * output, so memory does not grow with the number of claims. Offsets are written in code points.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ReportWriter {

    /** The value of the report's {@code format} field. */
    public static final String FORMAT = "factdesk-report";
    /** The report format version this writer writes. */
    public static final int VERSION = 1;
    /** Where the JSON Schema of the format lives on the class path. */
    public static final String SCHEMA_RESOURCE = "/org/factdesk/report/factdesk-report-v1.schema.json";


    private final Clock clock;
    private final String generator;
    private final boolean pretty;

    /** A writer of compact reports, stamped with the current time and this build's version. */
    public ReportWriter() {
        this(Clock.systemUTC(), defaultGenerator(), false);
    }

    /**
     * A writer with a chosen clock (for {@code generatedAt}) and {@code generator} text, writing compact or indented
     * JSON. Compact is smaller and faster; indented is for reading by eye.
     */
    public ReportWriter(Clock clock, String generator, boolean pretty) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.generator = Objects.requireNonNull(generator, "generator");
        this.pretty = pretty;
    }

    /** "Factdesk " and the version in the jar's manifest ({@code Implementation-Version}), or "Factdesk dev". */
    public static String defaultGenerator() {
        String version = ReportWriter.class.getPackage().getImplementationVersion();
        return "Factdesk " + (version == null || version.isBlank() ? "dev" : version);
    }

    /**
     * Writes the report to {@code out}: first into a temporary file in the same folder, synced to disk, then moved
     * into place atomically (or, where the file system cannot, by replacing). If anything fails, the temporary file is
     * deleted and a file already at {@code out} is left as it was.
     *
     * @return the numbers written in the report's {@code summary}
     * @throws IOException if the file cannot be written
     * @throws IllegalArgumentException if a claim does not belong to its document or its target does not fit its text
     *     (the store is inconsistent; no report is written)
     */
    public ReportSummary write(ReportContent content, Path out) throws IOException {
        return AtomicFile.write(out, stream -> write(content, stream));
    }

    /**
     * Writes the report as UTF-8 JSON to {@code out}, which is flushed but not closed.
     *
     * @return the numbers written in the report's {@code summary}
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if a claim does not belong to its document or its target does not fit its text
     */
    public ReportSummary write(ReportContent content, OutputStream out) throws IOException {
        try (JsonGenerator json = ReportJson.FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            // A failed write must stay visibly unfinished rather than be closed into valid-looking JSON.
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
            if (pretty) {
                json.setPrettyPrinter(new DefaultPrettyPrinter());
            }
            ReportSummary summary = writeReport(content, json);
            json.writeRaw('\n');
            json.flush();
            return summary;
        }
    }

    private ReportSummary writeReport(ReportContent content, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("format", FORMAT);
        json.writeNumberField("version", VERSION);
        json.writeStringField("generatedAt", clock.instant().truncatedTo(ChronoUnit.MILLIS).toString());
        json.writeStringField("generator", generator);
        ProjectInfo project = content.project();
        json.writeObjectFieldStart("project");
        json.writeStringField("name", project.name());
        json.writeStringField("file", project.file());
        ClaimFields.writeNullable(json, "organisation", project.organisation());
        json.writeEndObject();

        Counts counts = new Counts();
        json.writeArrayFieldStart("documents");
        for (Document document : content.documents()) {
            writeDocument(content, document, json, counts);
            counts.documents++;
        }
        json.writeEndArray();

        ReportSummary summary = counts.summary();
        json.writeObjectFieldStart("summary");
        json.writeNumberField("documents", summary.documents());
        json.writeNumberField("claims", summary.claims());
        json.writeObjectFieldStart("byKind");
        for (Map.Entry<ClaimKind, Integer> entry : summary.byKind().entrySet()) {
            json.writeNumberField(entry.getKey().id(), entry.getValue());
        }
        json.writeEndObject();
        json.writeObjectFieldStart("byVerdict");
        for (Map.Entry<Verdict, Integer> entry : summary.byVerdict().entrySet()) {
            json.writeNumberField(entry.getKey().id(), entry.getValue());
        }
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
        return summary;
    }

    private static void writeDocument(ReportContent content, Document document, JsonGenerator json, Counts counts)
            throws IOException {
        String text = document.text();
        CodePointIndex index = CodePointIndex.of(text);
        json.writeStartObject();
        json.writeStringField("id", document.id());
        json.writeStringField("title", document.title());
        json.writeStringField("language", document.language().code());
        json.writeStringField("source", document.source());
        json.writeStringField("sha256", document.sha256());
        json.writeNumberField("length", index.codePointLength());
        json.writeStringField("text", text);
        json.writeArrayFieldStart("claims");
        List<ReviewIssue> reviewIssues = content.reviewIssues(document.id());
        try {
            content.forEachClaim(document.id(), claim -> {
                checkFits(document, claim);
                try {
                    ClaimFields.writeOpen(json, claim, index::toCodePoints,
                            document.paragraphIndexAt(claim.target().start()), false);
                    ClaimFields.writeRisks(json, TranslationRisk.on(claim, reviewIssues), text, index::toCodePoints);
                    json.writeEndObject();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("Claim [" + claim.id() + "] of document [" + document.id()
                            + "]: " + e.getMessage(), e);
                }
                counts.add(claim);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        json.writeEndArray();
        // After DESIGN.md's fields, so that those keep exactly the order DESIGN.md gives them.
        ClaimFields.writeNullable(json, "previousVersionId", document.previousVersionId());
        json.writeStringField("importedAt", document.importedAt().toString());
        json.writeEndObject();
    }

    /** Refuses to write a claim that the reader would reject: the report must always import back. */
    static void checkFits(Document document, Claim claim) {
        if (!claim.documentId().equals(document.id())) {
            throw new IllegalArgumentException("Claim [" + claim.id() + "] belongs to document [" + claim.documentId()
                    + "], not to [" + document.id() + "] whose claims are being written");
        }
        int start = claim.target().start();
        int end = claim.target().end();
        String text = document.text();
        if (end > text.length() || !text.startsWith(claim.target().exact(), start)) {
            throw new IllegalArgumentException("Claim [" + claim.id() + "]: its target [" + start + ", " + end
                    + ") does not hold its quoted text in document [" + document.id() + "]");
        }
    }

    /** The summary's numbers, counted while the claims stream past. */
    private static final class Counts {
        private int documents;
        private int claims;
        private final Map<ClaimKind, Integer> byKind = new EnumMap<>(ClaimKind.class);
        private final Map<Verdict, Integer> byVerdict = new EnumMap<>(Verdict.class);

        void add(Claim claim) {
            claims++;
            byKind.merge(claim.kind(), 1, Integer::sum);
            byVerdict.merge(claim.verdict(), 1, Integer::sum);
        }

        ReportSummary summary() {
            return new ReportSummary(documents, claims, byKind, byVerdict);
        }
    }
}
