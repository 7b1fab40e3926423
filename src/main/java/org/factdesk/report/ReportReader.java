package org.factdesk.report;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Document;
import org.factdesk.model.Language;
import org.factdesk.model.TranslationRisk;
import org.factdesk.model.Verdict;
import org.factdesk.report.ReportDtos.ClaimDto;
import org.factdesk.report.ReportDtos.DocumentDto;
import org.factdesk.report.ReportDtos.ProjectDto;
import org.factdesk.report.ReportDtos.ReportDto;
import org.factdesk.report.ReportDtos.SummaryDto;
import org.factdesk.text.CodePointIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a JSON report (format {@code factdesk-report}, version 1) back into the model, checking everything on the way:
 * the JSON itself (within fixed limits on depth, string and number sizes), the format and version, the shape and types
 * of every field, the known names of kinds, verdicts and the like, unique ids, dates, and that every span's offsets
 * (code points) hold exactly its quoted text. The first problem rejects the whole report.
 *
 * <p>Reading happens in two passes over the file: the first only tokenises (syntax, limits, format and version, so
 * that a report from a newer Factdesk is named as such rather than failing on its new fields), the second binds the
 * JSON to records and checks them. Instances are stateless and thread-safe.
 */
public final class ReportReader {

    /** The most text one document may have, in bytes of UTF-8: the import limit for articles. */
    public static final long MAX_TEXT_BYTES = 50L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(ReportReader.class);
    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

    /**
     * Reads and checks the report in {@code file}.
     *
     * @throws ReportFormatException if the file cannot be read or is not a valid report; its message names the file,
     *     the JSON path of the first problem and the problem
     */
    public ReportData read(Path file) throws ReportFormatException {
        String name = String.valueOf(file.getFileName());
        try {
            if (Files.size(file) == 0) {
                throw new ReportFormatException("$", "the file is empty: it is not a report");
            }
            return readFile(file);
        } catch (ReportFormatException e) {
            throw e.inFile(name);
        } catch (NoSuchFileException e) {
            throw new ReportFormatException(name, "$", "no such file", e);
        } catch (IOException e) {
            throw new ReportFormatException(name, "$", "unable to read the file (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Reads and checks a report from a stream, which is read to its end but not closed. The stream is first copied
     * to a temporary file (deleted afterwards) because the report is read in two passes.
     *
     * @throws ReportFormatException if the stream cannot be read or is not a valid report
     */
    public ReportData read(InputStream in) throws ReportFormatException {
        Path copy = null;
        try {
            copy = Files.createTempFile("factdesk-report-", ".json");
            long size = copyBounded(in, copy);
            if (size == 0) {
                throw new ReportFormatException("$", "the input is empty: it is not a report");
            }
            return readFile(copy);
        } catch (ReportFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new ReportFormatException(null, "$", "unable to read the report (" + e.getMessage() + ")", e);
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException e) {
                    LOG.warn("Unable to delete the temporary copy {} of a report", copy, e);
                }
            }
        }
    }

    private static long copyBounded(InputStream in, Path copy) throws IOException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(copy)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                total += read;
                if (total > ReportJson.MAX_REPORT_BYTES) {
                    throw new ReportFormatException("$", "the report is longer than " + ReportJson.MAX_REPORT_BYTES
                            + " bytes, more than Factdesk reads");
                }
                out.write(buffer, 0, read);
            }
        }
        return total;
    }

    private ReportData readFile(Path file) throws IOException {
        checkSyntaxAndVersion(file);
        ReportDto report;
        try {
            report = ReportJson.MAPPER.readValue(file.toFile(), ReportDto.class);
        } catch (JsonProcessingException e) {
            throw ReportJson.problem(e, null);
        }
        return convert(report);
    }

    /** First pass: well-formed JSON within the limits, one object, and a format and version this reader knows. */
    private static void checkSyntaxAndVersion(Path file) throws IOException {
        String format = null;
        JsonToken versionToken = null;
        String version = null;
        try (JsonParser parser = ReportJson.FACTORY.createParser(file.toFile())) {
            try {
                JsonToken token = parser.nextToken();
                if (token != JsonToken.START_OBJECT) {
                    throw new ReportFormatException("$", "a report is a JSON object, but this is "
                            + (token == null ? "empty" : describe(token)));
                }
                while ((token = parser.nextToken()) != null) {
                    if (token == JsonToken.FIELD_NAME && parser.getParsingContext().getParent().inRoot()) {
                        String field = parser.currentName();
                        JsonToken value = parser.nextToken();
                        if ("format".equals(field) && value == JsonToken.VALUE_STRING) {
                            format = parser.getText();
                        } else if ("version".equals(field)) {
                            versionToken = value;
                            version = value != null && value.isScalarValue() ? parser.getText() : null;
                        }
                    } else if (token == JsonToken.END_OBJECT && parser.getParsingContext().inRoot()) {
                        JsonToken after = parser.nextToken();
                        if (after != null) {
                            throw new ReportFormatException("$", "more JSON follows the report's closing brace, at "
                                    + "line " + parser.currentLocation().getLineNr());
                        }
                        break;
                    }
                }
            } catch (JsonProcessingException e) {
                throw ReportJson.problem(e, parser);
            }
        }
        if (format == null) {
            throw new ReportFormatException("$.format", "missing: this is not a Factdesk report");
        }
        if (!ReportWriter.FORMAT.equals(format)) {
            throw new ReportFormatException("$.format", "is " + ClaimConversion.quote(format) + ", not \""
                    + ReportWriter.FORMAT + "\": this is not a Factdesk report");
        }
        if (versionToken == null) {
            throw new ReportFormatException("$.version", "required, but missing or null");
        }
        if (versionToken != JsonToken.VALUE_NUMBER_INT) {
            throw new ReportFormatException("$.version", "expected an integer (found " + describe(versionToken) + ")");
        }
        BigInteger number = new BigInteger(version);
        if (number.compareTo(BigInteger.valueOf(ReportWriter.VERSION)) > 0) {
            throw new ReportFormatException("$.version", "is " + number + ": this report was made by a newer Factdesk "
                    + "(this one reads version " + ReportWriter.VERSION + "); update Factdesk to import it");
        }
        if (number.compareTo(BigInteger.valueOf(ReportWriter.VERSION)) < 0) {
            throw new ReportFormatException("$.version", "is " + number + ", which no Factdesk has written");
        }
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_ARRAY, END_ARRAY -> "an array";
            case START_OBJECT, END_OBJECT -> "an object";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT -> "an integer";
            case VALUE_NUMBER_FLOAT -> "a number with a fraction";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            case VALUE_NULL -> "null";
            default -> token.asString() == null ? token.name().toLowerCase() : token.asString();
        };
    }

    /** Second pass, after binding: every field checked, converted to the model. */
    private static ReportData convert(ReportDto report) throws ReportFormatException {
        JsonPath root = JsonPath.ROOT;
        Instant generatedAt = ClaimConversion.instant(report.generatedAt(), root.field("generatedAt"));
        ClaimConversion.required(report.generator(), root.field("generator"));
        ProjectDto projectDto = ClaimConversion.required(report.project(), root.field("project"));
        ProjectInfo project = new ProjectInfo(
                ClaimConversion.required(projectDto.name(), root.field("project").field("name")),
                ClaimConversion.required(projectDto.file(), root.field("project").field("file")),
                projectDto.organisation());
        List<DocumentDto> documentDtos = ClaimConversion.required(report.documents(), root.field("documents"));

        Set<String> documentIds = new HashSet<>();
        Set<String> claimIds = new HashSet<>();
        Map<ClaimKind, Integer> byKind = new EnumMap<>(ClaimKind.class);
        Map<Verdict, Integer> byVerdict = new EnumMap<>(Verdict.class);
        int claimCount = 0;
        List<ReportDocument> documents = new ArrayList<>(documentDtos.size());
        for (int i = 0; i < documentDtos.size(); i++) {
            JsonPath at = root.field("documents").index(i);
            ReportDocument document = document(ClaimConversion.required(documentDtos.get(i), at), at, documentIds,
                    claimIds);
            for (Claim claim : document.claims()) {
                byKind.merge(claim.kind(), 1, Integer::sum);
                byVerdict.merge(claim.verdict(), 1, Integer::sum);
            }
            claimCount += document.claims().size();
            documents.add(document);
        }
        checkSummary(report.summary(), new ReportSummary(documents.size(), claimCount, byKind, byVerdict));
        return new ReportData(project, generatedAt, documents);
    }

    private static ReportDocument document(DocumentDto dto, JsonPath at, Set<String> documentIds,
            Set<String> claimIds) throws ReportFormatException {
        String id = ClaimConversion.id(dto.id(), at.field("id"));
        if (!documentIds.add(id)) {
            throw ClaimConversion.fail(at.field("id"), "the document id " + ClaimConversion.quote(id)
                    + " appears twice in the report");
        }
        String title = ClaimConversion.required(dto.title(), at.field("title"));
        Language language = language(dto.language(), at.field("language"));
        String source = ClaimConversion.required(dto.source(), at.field("source"));
        String sha256 = ClaimConversion.required(dto.sha256(), at.field("sha256"));
        if (!SHA256.matcher(sha256).matches()) {
            throw ClaimConversion.fail(at.field("sha256"), "expected 64 hexadecimal digits, found "
                    + ClaimConversion.quote(sha256));
        }
        int length = ClaimConversion.required(dto.length(), at.field("length"));
        String text = ClaimConversion.required(dto.text(), at.field("text"));
        long utf8Bytes = utf8Length(text);
        if (utf8Bytes > MAX_TEXT_BYTES) {
            throw ClaimConversion.fail(at.field("text"), "the text is " + utf8Bytes + " bytes of UTF-8, more than the "
                    + MAX_TEXT_BYTES + " bytes (50 MB) a Factdesk document may have");
        }
        CodePointIndex index = CodePointIndex.of(text);
        if (length != index.codePointLength()) {
            throw ClaimConversion.fail(at.field("length"), "is " + length + ", but the text has "
                    + index.codePointLength() + " code points");
        }
        String previousVersionId = dto.previousVersionId() == null ? null
                : ClaimConversion.id(dto.previousVersionId(), at.field("previousVersionId"));
        Instant importedAt = ClaimConversion.instant(dto.importedAt(), at.field("importedAt"));
        Document document = new Document(id, title, language, source, sha256, text, List.of(), importedAt,
                previousVersionId);

        List<ClaimDto> claimDtos = ClaimConversion.required(dto.claims(), at.field("claims"));
        ClaimConversion.Offsets offsets = new TextOffsets(text, index);
        List<Claim> claims = new ArrayList<>(claimDtos.size());
        Map<String, List<TranslationRisk>> risks = new HashMap<>();
        for (int i = 0; i < claimDtos.size(); i++) {
            JsonPath claimAt = at.field("claims").index(i);
            ClaimDto claimDto = ClaimConversion.required(claimDtos.get(i), claimAt);
            if (claimDto.documentId() != null) {
                throw ClaimConversion.fail(claimAt.field("documentId"),
                        "unknown field: a version 1 report has no field of that name");
            }
            Integer paragraph = ClaimConversion.required(claimDto.paragraph(), claimAt.field("paragraph"));
            if (paragraph < 0) {
                throw ClaimConversion.fail(claimAt.field("paragraph"), paragraph + " is negative");
            }
            Claim claim = ClaimConversion.claim(claimDto, id, offsets, claimAt);
            if (!claimIds.add(claim.id())) {
                throw ClaimConversion.fail(claimAt.field("id"), "the claim id " + ClaimConversion.quote(claim.id())
                        + " appears twice in the report");
            }
            claims.add(claim);
            List<TranslationRisk> claimRisks = ClaimConversion.risks(claimDto.translationRisks(), offsets,
                    claimAt.field("translationRisks"));
            if (!claimRisks.isEmpty()) {
                risks.put(claim.id(), claimRisks);
            }
        }
        return new ReportDocument(document, claims, risks);
    }

    private static Language language(String code, JsonPath at) throws ReportFormatException {
        return ClaimConversion.named(code, Language::fromCode, Language.values(), Language::code, "language", at);
    }

    private static void checkSummary(SummaryDto dto, ReportSummary actual) throws ReportFormatException {
        JsonPath at = JsonPath.ROOT.field("summary");
        ClaimConversion.required(dto, at);
        checkCount(dto.documents(), actual.documents(), "documents", at.field("documents"));
        checkCount(dto.claims(), actual.claims(), "claims", at.field("claims"));
        checkCounts(dto.byKind(), actual.byKind(), ClaimKind::id, at.field("byKind"));
        checkCounts(dto.byVerdict(), actual.byVerdict(), Verdict::id, at.field("byVerdict"));
    }

    private static <E> void checkCounts(Map<String, Integer> stated, Map<E, Integer> actual, Function<E, String> name,
            JsonPath at) throws ReportFormatException {
        ClaimConversion.required(stated, at);
        Set<String> known = new HashSet<>();
        for (Map.Entry<E, Integer> entry : actual.entrySet()) {
            String key = name.apply(entry.getKey());
            known.add(key);
            checkCount(stated.get(key), entry.getValue(), "claims", at.field(key));
        }
        for (String key : stated.keySet()) {
            if (!known.contains(key)) {
                throw ClaimConversion.fail(at.field(key), "unknown field: expected one of " + String.join(", ",
                        known.stream().sorted().toList()));
            }
        }
    }

    private static void checkCount(Integer stated, int actual, String what, JsonPath at)
            throws ReportFormatException {
        ClaimConversion.required(stated, at);
        if (stated != actual) {
            throw ClaimConversion.fail(at, "says " + stated + " but the report has " + actual + " " + what
                    + ": the report was changed or cut short");
        }
    }

    /** Bytes of the text in UTF-8, without encoding it. */
    private static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /** Offsets of a report: code points of one document's text. */
    private record TextOffsets(String text, CodePointIndex index) implements ClaimConversion.Offsets {

        @Override
        public int toUtf16(int offset, JsonPath at) throws ReportFormatException {
            if (offset < 0) {
                throw ClaimConversion.fail(at, offset + " is negative");
            }
            if (offset > index.codePointLength()) {
                throw ClaimConversion.fail(at, offset + " is beyond the end of the text ("
                        + index.codePointLength() + " code points)");
            }
            return index.toUtf16(offset);
        }

        @Override
        public void checkExact(int start, int end, int readStart, int readEnd, String exact, JsonPath at)
                throws ReportFormatException {
            if (end - start != exact.length() || !text.startsWith(exact, start)) {
                throw ClaimConversion.fail(at, "does not match the document text at " + readStart + "–" + readEnd
                        + " (found " + ClaimConversion.quote(text.substring(start, end)) + ")");
            }
        }
    }
}
