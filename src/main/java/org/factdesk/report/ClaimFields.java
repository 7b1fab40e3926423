package org.factdesk.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.factdesk.model.Attribution;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Evidence;
import org.factdesk.model.Figure;
import org.factdesk.model.TranslationIssue;
import org.factdesk.model.TranslationRisk;

/**
 * Writes one claim's fields, in the order of DESIGN.md "Report JSON", for the report (code-point offsets, with the
 * paragraph) and for audit snapshots (UTF-16 offsets, with the document id). One place, so both stay in step.
 */
final class ClaimFields {

    private ClaimFields() {
    }

    /**
     * Writes the claim as one JSON object.
     *
     * @param offsets maps a UTF-16 offset of the claim's document to the offset written
     * @param paragraph the paragraph index to write, or {@code null} to leave the field out
     * @param withDocumentId whether to write {@code documentId} (snapshots), right after {@code id}
     */
    static void write(JsonGenerator out, Claim claim, IntUnaryOperator offsets, Integer paragraph,
            boolean withDocumentId) throws IOException {
        writeOpen(out, claim, offsets, paragraph, withDocumentId);
        out.writeEndObject();
    }

    /** As {@link #write}, leaving the object open for fields the report adds ({@link #writeRisks}). */
    static void writeOpen(JsonGenerator out, Claim claim, IntUnaryOperator offsets, Integer paragraph,
            boolean withDocumentId) throws IOException {
        out.writeStartObject();
        out.writeStringField("id", claim.id());
        if (withDocumentId) {
            out.writeStringField("documentId", claim.documentId());
        }
        out.writeStringField("kind", claim.kind().id());
        out.writeStringField("origin", claim.origin().id());
        out.writeObjectFieldStart("target");
        out.writeNumberField("start", offsets.applyAsInt(claim.target().start()));
        out.writeNumberField("end", offsets.applyAsInt(claim.target().end()));
        out.writeStringField("exact", claim.target().exact());
        out.writeStringField("prefix", claim.target().prefix());
        out.writeStringField("suffix", claim.target().suffix());
        out.writeEndObject();
        if (paragraph != null) {
            out.writeNumberField("paragraph", paragraph);
        }
        out.writeStringField("verdict", claim.verdict().id());
        out.writeStringField("note", claim.note());
        out.writeArrayFieldStart("tags");
        for (String tag : claim.tags()) {
            out.writeString(tag);
        }
        out.writeEndArray();
        out.writeArrayFieldStart("evidence");
        for (Evidence evidence : claim.evidence()) {
            writeEvidence(out, evidence);
        }
        out.writeEndArray();
        out.writeStringField("author", claim.author());
        out.writeStringField("createdAt", InstantText.of(claim.createdAt()));
        out.writeStringField("updatedAt", InstantText.of(claim.updatedAt()));
        if (claim.kind() == ClaimKind.ATTRIBUTION) {
            writeAttribution(out, claim.attribution(), offsets);
        } else if (claim.kind() == ClaimKind.FIGURE) {
            writeFigure(out, claim.figure());
        } else if (claim.kind() == ClaimKind.TRANSLATION_ISSUE) {
            writeIssue(out, claim.issue());
        }
    }

    /**
     * Writes a claim's {@code translationRisks}, an optional field (left out when there is none), so that reports
     * without translation review look as before.
     */
    static void writeRisks(JsonGenerator out, List<TranslationRisk> risks, String text, IntUnaryOperator offsets)
            throws IOException {
        if (risks.isEmpty()) {
            return;
        }
        out.writeArrayFieldStart("translationRisks");
        for (TranslationRisk risk : risks) {
            out.writeStartObject();
            out.writeStringField("check", risk.check());
            out.writeNumberField("start", offsets.applyAsInt(risk.start()));
            out.writeNumberField("end", offsets.applyAsInt(risk.end()));
            out.writeStringField("text", text.substring(risk.start(), risk.end()));
            out.writeStringField("message", risk.message());
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    private static void writeEvidence(JsonGenerator out, Evidence evidence) throws IOException {
        out.writeStartObject();
        out.writeStringField("url", evidence.url());
        writeNullable(out, "title", evidence.title());
        writeNullable(out, "accessed", evidence.accessed() == null ? null : evidence.accessed().toString());
        writeNullable(out, "archivedUrl", evidence.archivedUrl());
        writeNullable(out, "note", evidence.note());
        out.writeEndObject();
    }

    private static void writeAttribution(JsonGenerator out, Attribution attribution, IntUnaryOperator offsets)
            throws IOException {
        out.writeFieldName("attribution");
        if (attribution == null) {
            out.writeNull();
            return;
        }
        out.writeStartObject();
        writeNullable(out, "speaker", attribution.speaker());
        writeOffset(out, "speakerStart", attribution.speakerStart(), offsets);
        writeOffset(out, "speakerEnd", attribution.speakerEnd(), offsets);
        writeNullable(out, "role", attribution.role());
        writeNullable(out, "cue", attribution.cue());
        out.writeBooleanField("direct", attribution.direct());
        writeNullable(out, "statementId", attribution.statementId());
        out.writeEndObject();
    }

    private static void writeFigure(JsonGenerator out, Figure figure) throws IOException {
        out.writeFieldName("figure");
        if (figure == null) {
            out.writeNull();
            return;
        }
        out.writeStartObject();
        out.writeFieldName("value");
        if (figure.value() == null) {
            out.writeNull();
        } else {
            // BigDecimal.toString keeps the scale exactly ("12.50", "1E+3"), which reading back restores.
            out.writeNumber(figure.value());
        }
        writeNullable(out, "unit", figure.unit());
        writeNullable(out, "type", figure.type() == null ? null : figure.type().id());
        writeNullable(out, "qualifier", figure.qualifier() == null ? null : figure.qualifier().id());
        writeNullable(out, "period", figure.period());
        writeNullable(out, "normalized", figure.normalized());
        out.writeEndObject();
    }

    private static void writeIssue(JsonGenerator out, TranslationIssue issue) throws IOException {
        out.writeFieldName("issue");
        if (issue == null) {
            out.writeNull();
            return;
        }
        out.writeStartObject();
        writeNullable(out, "check", issue.check());
        writeNullable(out, "message", issue.message());
        writeNullable(out, "suggestion", issue.suggestion());
        writeNullable(out, "severity", issue.severity() == null ? null : issue.severity().id());
        out.writeEndObject();
    }

    private static void writeOffset(JsonGenerator out, String name, Integer utf16, IntUnaryOperator offsets)
            throws IOException {
        if (utf16 == null) {
            out.writeNullField(name);
        } else {
            out.writeNumberField(name, offsets.applyAsInt(utf16));
        }
    }

    static void writeNullable(JsonGenerator out, String name, String value) throws IOException {
        if (value == null) {
            out.writeNullField(name);
        } else {
            out.writeStringField(name, value);
        }
    }
}
