package org.factdesk.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.function.IntUnaryOperator;
import org.factdesk.model.Claim;
import org.factdesk.model.Document;
import org.factdesk.model.Language;
import org.factdesk.model.Suggestion;
import org.factdesk.model.SuggestionState;
import org.factdesk.report.ReportDtos.ClaimDto;
import org.factdesk.text.Segmenter;

/**
 * JSON snapshots of claims (and a summary of documents) for the project's audit log: the report's claim fields, plus
 * {@code documentId}, with offsets in UTF-16 chars as inside the program. Internal to Factdesk, not a contract: only
 * this class reads what it writes.
 */
public final class ClaimJson {

    private ClaimJson() {
    }

    /** The claim as one compact line of JSON. */
    public static String toJson(Claim claim) {
        return write(json -> ClaimFields.write(json, claim, IntUnaryOperator.identity(), null, true));
    }

    /**
     * The claim a snapshot made by {@link #toJson(Claim)} holds.
     *
     * @throws IllegalArgumentException if {@code json} is not such a snapshot; the message gives the JSON path
     */
    public static Claim fromJson(String json) {
        try {
            ClaimDto dto;
            try {
                dto = ReportJson.MAPPER.readValue(json, ClaimDto.class);
            } catch (JsonProcessingException e) {
                throw ReportJson.problem(e, null);
            }
            JsonPath root = JsonPath.ROOT;
            if (dto.paragraph() != null) {
                throw ClaimConversion.fail(root.field("paragraph"), "unknown field in a claim snapshot");
            }
            String documentId = ClaimConversion.id(dto.documentId(), root.field("documentId"));
            return ClaimConversion.claim(dto, documentId, ClaimConversion.UTF16, root);
        } catch (ReportFormatException e) {
            throw new IllegalArgumentException("Not a claim snapshot: " + e.getMessage(), e);
        }
    }

    /**
     * A document's identity and metadata without its text, as one line of JSON: {@code id}, {@code title},
     * {@code language}, {@code source}, {@code sha256}, {@code previousVersionId}, {@code importedAt},
     * {@code textLength} (UTF-16 chars) and {@code paragraphs} (how many).
     */
    public static String toJson(Document document) {
        return write(json -> {
            json.writeStartObject();
            writeIdentity(json, document);
            json.writeNumberField("textLength", document.text().length());
            json.writeNumberField("paragraphs", document.paragraphs().size());
            json.writeEndObject();
        });
    }

    /** Where a suggestion stands, for the audit log: {@code id}, {@code documentId}, {@code state}, {@code claimId}. */
    public static String toJson(Suggestion suggestion) {
        return write(json -> {
            json.writeStartObject();
            json.writeStringField("id", suggestion.id());
            json.writeStringField("documentId", suggestion.documentId());
            json.writeStringField("state", suggestion.state().id());
            ClaimFields.writeNullable(json, "claimId", suggestion.claimId());
            json.writeEndObject();
        });
    }

    /**
     * A document as one line of JSON with its text: the fields of {@link #toJson(Document)} plus {@code text}. The
     * audit log keeps this for an undoable import (a new version, a merge), so that redo can put the document back.
     */
    public static String toJsonWithText(Document document) {
        return write(json -> {
            json.writeStartObject();
            writeIdentity(json, document);
            json.writeStringField("text", document.text());
            json.writeEndObject();
        });
    }

    /**
     * The state a snapshot made by {@link #toJson(Suggestion)} holds.
     *
     * @throws IllegalArgumentException if {@code json} is not such a snapshot
     */
    public static SuggestionStateSnapshot suggestionStateFromJson(String json) {
        try {
            JsonNode node = ReportJson.MAPPER.readTree(json);
            String state = node.path("state").asText(null);
            SuggestionState parsed = SuggestionState.fromId(state)
                    .orElseThrow(() -> new IllegalArgumentException("Not a suggestion snapshot: state " + state));
            JsonNode claimId = node.path("claimId");
            return new SuggestionStateSnapshot(node.path("id").asText(), node.path("documentId").asText(), parsed,
                    claimId.isTextual() ? claimId.asText() : null);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a suggestion snapshot: " + e.getOriginalMessage(), e);
        }
    }

    /** A suggestion's state as the audit log keeps it. */
    public record SuggestionStateSnapshot(String id, String documentId, SuggestionState state, String claimId) {
    }

    /**
     * The document a snapshot made by {@link #toJsonWithText(Document)} holds, its paragraphs found again from its
     * text.
     *
     * @throws IllegalArgumentException if {@code json} is not such a snapshot
     */
    public static Document documentFromJson(String json) {
        try {
            JsonNode node = ReportJson.MAPPER.readTree(json);
            String text = required(node, "text");
            JsonNode previous = node.get("previousVersionId");
            return new Document(required(node, "id"), required(node, "title"),
                    Language.fromCode(required(node, "language")).orElseThrow(
                            () -> new IllegalArgumentException("Unknown language in a document snapshot")),
                    required(node, "source"), required(node, "sha256"), text,
                    Segmenter.paragraphs(text),
                    Instant.parse(required(node, "importedAt")),
                    previous == null || previous.isNull() ? null : previous.asText());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a document snapshot: " + e.getOriginalMessage(), e);
        }
    }

    private static String required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("Not a document snapshot with its text: no \"" + field + "\"");
        }
        return value.asText();
    }

    /** The fields every document snapshot starts with. */
    private static void writeIdentity(JsonGenerator json, Document document) throws IOException {
        json.writeStringField("id", document.id());
        json.writeStringField("title", document.title());
        json.writeStringField("language", document.language().code());
        json.writeStringField("source", document.source());
        json.writeStringField("sha256", document.sha256());
        ClaimFields.writeNullable(json, "previousVersionId", document.previousVersionId());
        json.writeStringField("importedAt", document.importedAt().toString());
    }

    private interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private static String write(Body body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = ReportJson.FACTORY.createGenerator(out)) {
            body.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException("Unable to write a JSON snapshot", e);
        }
        return out.toString();
    }
}
