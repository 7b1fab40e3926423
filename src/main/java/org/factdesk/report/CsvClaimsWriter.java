package org.factdesk.report;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.factdesk.model.Claim;
import org.factdesk.model.Document;
import org.factdesk.model.Evidence;
import org.factdesk.text.CodePointIndex;

/**
 * Writes the claims as CSV (RFC 4180: comma, double quotes, CRLF), one row per claim under a header row, UTF-8 with
 * an optional byte order mark so that spreadsheets open it as UTF-8. Offsets are code points. Lists are joined:
 * tags with {@code "; "}, evidence URLs with a space.
 *
 * <p>A free-text cell that a spreadsheet would run as a formula (it starts with {@code = + - @}, a tab or a carriage
 * return) gets a leading apostrophe, as OWASP advises against CSV injection.
 */
public final class CsvClaimsWriter {

    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("document_id", "document_title", "claim_id", "kind", "start",
            "end", "text", "paragraph", "verdict", "note", "tags", "evidence", "speaker", "figure", "author", "origin",
            "created_at", "updated_at");

    private static final CsvMapper MAPPER = new CsvMapper();
    private static final CsvSchema SCHEMA = schema();

    private final boolean bom;

    /** @param bom whether to start the file with a UTF-8 byte order mark (for spreadsheets) */
    public CsvClaimsWriter(boolean bom) {
        this.bom = bom;
    }

    private static CsvSchema schema() {
        CsvSchema.Builder builder = CsvSchema.builder();
        COLUMNS.forEach(builder::addColumn);
        return builder.setUseHeader(true).setLineSeparator("\r\n").build();
    }

    /** Writes the CSV into {@code out} atomically (see {@link AtomicFile}). */
    public ExportCounts write(ReportContent content, Path out) throws IOException {
        return AtomicFile.write(out, stream -> write(content, stream));
    }

    /** Writes the CSV to {@code out}, which is flushed but not closed. */
    public ExportCounts write(ReportContent content, OutputStream out) throws IOException {
        if (bom) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        int[] counts = new int[2];
        try (SequenceWriter rows = MAPPER.writerFor(String[].class).with(SCHEMA)
                .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValues(writer)) {
            for (Document document : content.documents()) {
                CodePointIndex index = CodePointIndex.of(document.text());
                try {
                    content.forEachClaim(document.id(), claim -> {
                        ReportWriter.checkFits(document, claim);
                        try {
                            rows.write(row(document, claim, index));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        counts[1]++;
                    });
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                counts[0]++;
            }
            rows.flush();
        }
        writer.flush();
        return new ExportCounts(counts[0], counts[1], 0, 0);
    }

    private static String[] row(Document document, Claim claim, CodePointIndex index) {
        String speaker = claim.attribution() == null || claim.attribution().speaker() == null ? ""
                : claim.attribution().speaker();
        String figure = claim.figure() == null || claim.figure().normalized() == null ? ""
                : claim.figure().normalized();
        return new String[] {
            document.id(),
            cell(document.title()),
            claim.id(),
            claim.kind().id(),
            Integer.toString(index.toCodePoints(claim.target().start())),
            Integer.toString(index.toCodePoints(claim.target().end())),
            cell(claim.target().exact()),
            Integer.toString(document.paragraphIndexAt(claim.target().start())),
            claim.verdict().id(),
            cell(claim.note()),
            cell(String.join("; ", claim.tags())),
            cell(claim.evidence().stream().map(Evidence::url).collect(Collectors.joining(" "))),
            cell(speaker),
            cell(figure),
            cell(claim.author()),
            claim.origin().id(),
            InstantText.of(claim.createdAt()),
            InstantText.of(claim.updatedAt()),
        };
    }

    /** Free text as a cell no spreadsheet runs as a formula. */
    static String cell(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}
