package org.factdesk.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The report's JSON as Jackson reads it: plain records, separate from the model, every field optional at this stage
 * (boxed, nullable) so that the reader itself can say which one is missing and where. Field names are the JSON's.
 */
final class ReportDtos {

    private ReportDtos() {
    }

    record ReportDto(String format, Integer version, String generatedAt, String generator, ProjectDto project,
            List<DocumentDto> documents, SummaryDto summary) {
    }

    record ProjectDto(String name, String file, String organisation) {
    }

    record DocumentDto(String id, String title, String language, String source, String sha256, Integer length,
            String text, List<ClaimDto> claims, String previousVersionId, String importedAt) {
    }

    /** A claim of a report or, with {@code documentId} and without {@code paragraph}, an audit snapshot. */
    record ClaimDto(String id, String documentId, String kind, String origin, TargetDto target, Integer paragraph,
            String verdict, String note, List<String> tags, List<EvidenceDto> evidence, String author,
            String createdAt, String updatedAt, AttributionDto attribution, FigureDto figure, IssueDto issue,
            List<RiskDto> translationRisks) {
    }

    /** A translation-review issue touching a claim (optional; reports before translation review have none). */
    record RiskDto(String check, Integer start, Integer end, String text, String message) {
    }

    record TargetDto(Integer start, Integer end, String exact, String prefix, String suffix) {
    }

    record EvidenceDto(String url, String title, String accessed, String archivedUrl, String note) {
    }

    record AttributionDto(String speaker, Integer speakerStart, Integer speakerEnd, String role, String cue,
            Boolean direct, String statementId) {
    }

    record FigureDto(BigDecimal value, String unit, String type, String qualifier, String period, String normalized) {
    }

    record IssueDto(String check, String message, String suggestion, String severity) {
    }

    record SummaryDto(Integer documents, Integer claims, Map<String, Integer> byKind, Map<String, Integer> byVerdict) {
    }
}
