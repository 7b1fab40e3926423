package org.factdesk.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.factdesk.model.Attribution;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Evidence;
import org.factdesk.model.Figure;
import org.factdesk.model.FigureType;
import org.factdesk.model.Origin;
import org.factdesk.model.Qualifier;
import org.factdesk.model.Severity;
import org.factdesk.model.Target;
import org.factdesk.model.TranslationIssue;
import org.factdesk.model.TranslationRisk;
import org.factdesk.model.Verdict;
import org.factdesk.report.ReportDtos.AttributionDto;
import org.factdesk.report.ReportDtos.ClaimDto;
import org.factdesk.report.ReportDtos.EvidenceDto;
import org.factdesk.report.ReportDtos.FigureDto;
import org.factdesk.report.ReportDtos.IssueDto;
import org.factdesk.report.ReportDtos.RiskDto;
import org.factdesk.report.ReportDtos.TargetDto;

/**
 * Checks one claim as read from JSON and turns it into a model {@link Claim}; the first problem becomes a
 * {@link ReportFormatException} with its JSON path. Shared by the report reader (code-point offsets checked against
 * the document's text) and the audit snapshots (UTF-16 offsets, no text at hand).
 */
final class ClaimConversion {

    /** Figures with a larger exponent than this are refused: no real figure needs one, and they are costly. */
    static final int MAX_FIGURE_SCALE = 1_000;
    static final int MAX_FIGURE_PRECISION = ReportJson.MAX_NUMBER_CHARS;

    /** How the offsets of one claim's document are read. */
    interface Offsets {

        /** The UTF-16 offset of an offset read at {@code at}, after checking that it lies in the text. */
        int toUtf16(int offset, JsonPath at) throws ReportFormatException;

        /**
         * Checks that the text at [start, end) (UTF-16) is {@code exact}; {@code start} and {@code end} are given as
         * read too, for the message.
         */
        void checkExact(int start, int end, int readStart, int readEnd, String exact, JsonPath at)
                throws ReportFormatException;
    }

    private ClaimConversion() {
    }

    static Claim claim(ClaimDto dto, String documentId, Offsets offsets, JsonPath at) throws ReportFormatException {
        String id = id(dto.id(), at.field("id"));
        ClaimKind kind = named(dto.kind(), ClaimKind::fromId, ClaimKind.values(), ClaimKind::id, "kind",
                at.field("kind"));
        Origin origin = named(dto.origin(), Origin::fromId, Origin.values(), Origin::id, "origin", at.field("origin"));
        Target target = target(dto.target(), offsets, at.field("target"));
        Verdict verdict = named(dto.verdict(), Verdict::fromId, Verdict.values(), Verdict::id, "verdict",
                at.field("verdict"));
        String note = required(dto.note(), at.field("note"));
        List<String> tags = tags(dto.tags(), at.field("tags"));
        List<Evidence> evidence = evidence(dto.evidence(), at.field("evidence"));
        String author = required(dto.author(), at.field("author"));
        Instant createdAt = instant(dto.createdAt(), at.field("createdAt"));
        Instant updatedAt = instant(dto.updatedAt(), at.field("updatedAt"));
        only(kind, ClaimKind.ATTRIBUTION, dto.attribution(), at.field("attribution"));
        only(kind, ClaimKind.FIGURE, dto.figure(), at.field("figure"));
        only(kind, ClaimKind.TRANSLATION_ISSUE, dto.issue(), at.field("issue"));
        Attribution attribution = dto.attribution() == null ? null
                : attribution(dto.attribution(), offsets, at.field("attribution"));
        Figure figure = dto.figure() == null ? null : figure(dto.figure(), at.field("figure"));
        TranslationIssue issue = dto.issue() == null ? null : issue(dto.issue(), at.field("issue"));
        return new Claim(id, documentId, kind, target, verdict, note, tags, evidence, author, createdAt, updatedAt,
                origin, attribution, figure, issue);
    }

    private static Target target(TargetDto dto, Offsets offsets, JsonPath at) throws ReportFormatException {
        required(dto, at);
        int start = required(dto.start(), at.field("start"));
        int end = required(dto.end(), at.field("end"));
        String exact = required(dto.exact(), at.field("exact"));
        String prefix = required(dto.prefix(), at.field("prefix"));
        String suffix = required(dto.suffix(), at.field("suffix"));
        if (start > end) {
            throw fail(at.field("start"), start + " is after the end (" + end + ")");
        }
        int utf16Start = offsets.toUtf16(start, at.field("start"));
        int utf16End = offsets.toUtf16(end, at.field("end"));
        offsets.checkExact(utf16Start, utf16End, start, end, exact, at.field("exact"));
        try {
            return new Target(utf16Start, utf16End, exact, prefix, suffix);
        } catch (IllegalArgumentException e) {
            throw fail(at, e.getMessage());
        }
    }

    private static Attribution attribution(AttributionDto dto, Offsets offsets, JsonPath at)
            throws ReportFormatException {
        Integer start = dto.speakerStart();
        Integer end = dto.speakerEnd();
        if ((start == null) != (end == null)) {
            throw fail(at.field(start == null ? "speakerStart" : "speakerEnd"),
                    "missing: speakerStart and speakerEnd are both numbers or both null");
        }
        if (start != null && start > end) {
            throw fail(at.field("speakerStart"), start + " is after speakerEnd (" + end + ")");
        }
        Integer utf16Start = start == null ? null : offsets.toUtf16(start, at.field("speakerStart"));
        Integer utf16End = end == null ? null : offsets.toUtf16(end, at.field("speakerEnd"));
        boolean direct = required(dto.direct(), at.field("direct"));
        String statementId = dto.statementId() == null ? null : id(dto.statementId(), at.field("statementId"));
        return new Attribution(dto.speaker(), utf16Start, utf16End, dto.role(), dto.cue(), direct, statementId);
    }

    private static Figure figure(FigureDto dto, JsonPath at) throws ReportFormatException {
        BigDecimal value = dto.value();
        if (value != null && (Math.abs((long) value.scale()) > MAX_FIGURE_SCALE
                || value.precision() > MAX_FIGURE_PRECISION)) {
            throw fail(at.field("value"), "the number is out of range (at most " + MAX_FIGURE_PRECISION
                    + " digits and an exponent within ±" + MAX_FIGURE_SCALE + ")");
        }
        FigureType type = dto.type() == null ? null
                : named(dto.type(), FigureType::fromId, FigureType.values(), FigureType::id, "figure type",
                        at.field("type"));
        Qualifier qualifier = dto.qualifier() == null ? null
                : named(dto.qualifier(), Qualifier::fromId, Qualifier.values(), Qualifier::id, "qualifier",
                        at.field("qualifier"));
        return new Figure(value, dto.unit(), type, qualifier, dto.period(), dto.normalized());
    }

    private static TranslationIssue issue(IssueDto dto, JsonPath at) throws ReportFormatException {
        Severity severity = dto.severity() == null ? null
                : named(dto.severity(), Severity::fromId, Severity.values(), Severity::id, "severity",
                        at.field("severity"));
        return new TranslationIssue(dto.check(), dto.message(), dto.suggestion(), severity);
    }

    /**
     * Reads a claim's optional {@code translationRisks}: each span must lie in the text and hold the text given.
     *
     * @return the risks, UTF-16 offsets; empty when the field is absent (reports before translation review)
     */
    static List<TranslationRisk> risks(List<RiskDto> items, Offsets offsets, JsonPath at)
            throws ReportFormatException {
        if (items == null) {
            return List.of();
        }
        List<TranslationRisk> risks = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            JsonPath itemAt = at.index(i);
            RiskDto dto = required(items.get(i), itemAt);
            String check = required(dto.check(), itemAt.field("check"));
            if (check.isEmpty()) {
                throw fail(itemAt.field("check"), "is empty; give the id of the check that found the issue");
            }
            int start = required(dto.start(), itemAt.field("start"));
            int end = required(dto.end(), itemAt.field("end"));
            if (start > end) {
                throw fail(itemAt.field("start"), start + " is after the end (" + end + ")");
            }
            int utf16Start = offsets.toUtf16(start, itemAt.field("start"));
            int utf16End = offsets.toUtf16(end, itemAt.field("end"));
            offsets.checkExact(utf16Start, utf16End, start, end, required(dto.text(), itemAt.field("text")),
                    itemAt.field("text"));
            risks.add(new TranslationRisk(check, utf16Start, utf16End, required(dto.message(),
                    itemAt.field("message"))));
        }
        return risks;
    }

    private static List<String> tags(List<String> tags, JsonPath at) throws ReportFormatException {
        required(tags, at);
        for (int i = 0; i < tags.size(); i++) {
            required(tags.get(i), at.index(i));
        }
        return tags;
    }

    private static List<Evidence> evidence(List<EvidenceDto> items, JsonPath at) throws ReportFormatException {
        required(items, at);
        List<Evidence> evidence = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            EvidenceDto item = required(items.get(i), at.index(i));
            JsonPath here = at.index(i);
            String url = required(item.url(), here.field("url"));
            LocalDate accessed = item.accessed() == null ? null : date(item.accessed(), here.field("accessed"));
            evidence.add(new Evidence(url, item.title(), accessed, item.archivedUrl(), item.note()));
        }
        return evidence;
    }

    private static void only(ClaimKind kind, ClaimKind owner, Object details, JsonPath at)
            throws ReportFormatException {
        if (details != null && kind != owner) {
            throw fail(at, "only a claim of kind " + owner.id() + " has these details, not a " + kind.id());
        }
    }

    static String id(String id, JsonPath at) throws ReportFormatException {
        required(id, at);
        if (id.isBlank()) {
            throw fail(at, "an id must not be empty");
        }
        return id;
    }

    static <E> E named(String value, Function<String, Optional<E>> lookup, E[] values, Function<E, String> name,
            String what, JsonPath at) throws ReportFormatException {
        required(value, at);
        Optional<E> found = lookup.apply(value);
        if (found.isEmpty() || !name.apply(found.get()).equals(value)) {
            throw fail(at, "unknown " + what + " " + quote(value) + " (expected one of "
                    + Arrays.stream(values).map(name).collect(Collectors.joining(", ")) + ")");
        }
        return found.get();
    }

    static Instant instant(String value, JsonPath at) throws ReportFormatException {
        required(value, at);
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw fail(at, quote(value) + " is not a date and time in UTC, like 2024-05-01T10:15:30Z");
        }
    }

    static LocalDate date(String value, JsonPath at) throws ReportFormatException {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw fail(at, quote(value) + " is not a date like 2024-05-01");
        }
    }

    static <T> T required(T value, JsonPath at) throws ReportFormatException {
        if (value == null) {
            throw fail(at, "required, but missing or null");
        }
        return value;
    }

    static ReportFormatException fail(JsonPath at, String detail) {
        return new ReportFormatException(at.toString(), detail);
    }

    /** A short, one-line, quoted rendering of some text for a message. */
    static String quote(String text) {
        int limit = 40;
        String shown = text;
        if (shown.length() > limit) {
            int cut = Character.isHighSurrogate(shown.charAt(limit - 1)) ? limit - 1 : limit;
            shown = shown.substring(0, cut) + "…";
        }
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '"' -> out.append("\\\"");
                default -> out.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : c);
            }
        }
        return out.append('"').toString();
    }

    /** Offsets of a snapshot: UTF-16 already, only checked to be non-negative. */
    static final Offsets UTF16 = new Offsets() {
        @Override
        public int toUtf16(int offset, JsonPath at) throws ReportFormatException {
            if (offset < 0) {
                throw fail(at, offset + " is negative");
            }
            return offset;
        }

        @Override
        public void checkExact(int start, int end, int readStart, int readEnd, String exact, JsonPath at) {
            // No text at hand: Target itself checks that the span's length is the quote's.
        }
    };
}
