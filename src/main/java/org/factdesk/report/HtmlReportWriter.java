package org.factdesk.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Document;
import org.factdesk.model.Evidence;
import org.factdesk.model.Language;
import org.factdesk.model.Verdict;

/**
 * Writes a standalone HTML report: one file with no external resource (inline CSS and SVG, no script), readable in
 * any browser and printable. It holds per-verdict and per-speaker summaries with a bar chart, then each article with
 * its claims highlighted by kind (the window's colours and underline styles) and numbered, each number followed by
 * the verdict in words, and a table of the claims.
 *
 * <p>Every piece of user text goes through {@link Html#escape}; evidence URLs become links only when they are
 * http, https or mailto ({@link SafeUrl}), otherwise they are shown as text. A Content-Security-Policy that allows no
 * script stands behind the escaping.
 *
 * <p>The claims are read twice (once for the summaries, once for the articles), one document at a time.
 */
public final class HtmlReportWriter {

    private final Clock clock;
    private final Language language;

    /**
     * @param clock stamps the report's date
     * @param language the language of the report's own words, or {@code null} for the first document's
     */
    public HtmlReportWriter(Clock clock, Language language) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.language = language;
    }

    /** Writes the report into {@code out} atomically (see {@link AtomicFile}). */
    public ExportCounts write(ReportContent content, Path out) throws IOException {
        return AtomicFile.write(out, stream -> write(content, stream));
    }

    /** Writes the report as UTF-8 HTML to {@code out}, which is flushed but not closed. */
    public ExportCounts write(ReportContent content, OutputStream out) throws IOException {
        List<Document> documents = content.documents();
        Language words = language != null ? language
                : documents.isEmpty() ? Language.EN : documents.get(0).language();
        Labels labels = new Labels(words);
        Summary summary = summarise(content, documents);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        ProjectInfo project = content.project();
        String title = project.name().isBlank() ? labels.get("report") : project.name();
        writer.write("<!DOCTYPE html>\n<html lang=\"" + (words == Language.ES ? "es" : "en") + "\">\n<head>\n"
                + "<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "style-src 'unsafe-inline'; img-src data:\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + Html.escape(title) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n");
        writer.write("<header>\n<h1>" + Html.escape(title) + "</h1>\n<p class=\"meta\">");
        if (project.organisation() != null && !project.organisation().isBlank()) {
            writer.write(Html.escape(project.organisation()) + " · ");
        }
        writer.write(labels.get("generated") + " " + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) + " · "
                + summary.claims + " " + labels.get("claims").toLowerCase(Locale.ROOT) + "</p>\n</header>\n");
        writeSummary(writer, summary, labels, words);
        writeLegend(writer, labels);
        int[] number = {0};
        for (Document document : documents) {
            List<Claim> claims = new ArrayList<>();
            content.forEachClaim(document.id(), claim -> {
                ReportWriter.checkFits(document, claim);
                claims.add(claim);
            });
            writeDocument(writer, document, claims, number[0], labels, words);
            number[0] += claims.size();
        }
        writer.write("</body>\n</html>\n");
        writer.flush();
        return new ExportCounts(documents.size(), number[0], 0, 0);
    }

    // ---- summaries ----

    /** Counts by verdict and by speaker. */
    private static final class Summary {
        int claims;
        final Map<Verdict, Integer> byVerdict = new EnumMap<>(Verdict.class);
        /** Speaker as written (trimmed) → counts by verdict, in name order. */
        final Map<String, Map<Verdict, Integer>> bySpeaker = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    }

    private static Summary summarise(ReportContent content, List<Document> documents) {
        Summary summary = new Summary();
        for (Document document : documents) {
            List<Claim> claims = new ArrayList<>();
            content.forEachClaim(document.id(), claims::add);
            Map<String, String> speakerOf = speakers(claims);
            for (Claim claim : claims) {
                summary.claims++;
                summary.byVerdict.merge(claim.verdict(), 1, Integer::sum);
                String speaker = speakerOf.get(claim.id());
                if (speaker != null) {
                    summary.bySpeaker.computeIfAbsent(speaker, s -> new EnumMap<>(Verdict.class))
                            .merge(claim.verdict(), 1, Integer::sum);
                }
            }
        }
        return summary;
    }

    /** Claim id → its speaker: an attribution's own, and the statement it attributes. */
    private static Map<String, String> speakers(List<Claim> claims) {
        Map<String, String> speakerOf = new HashMap<>();
        for (Claim claim : claims) {
            if (claim.attribution() != null && claim.attribution().speaker() != null
                    && !claim.attribution().speaker().isBlank()) {
                String speaker = claim.attribution().speaker().strip();
                speakerOf.put(claim.id(), speaker);
                if (claim.attribution().statementId() != null) {
                    speakerOf.put(claim.attribution().statementId(), speaker);
                }
            }
        }
        return speakerOf;
    }

    private static void writeSummary(Writer out, Summary summary, Labels labels, Language words) throws IOException {
        out.write("<section class=\"summary\">\n<div>\n<h2>" + labels.get("byVerdict") + "</h2>\n");
        out.write(chart(summary, words));
        out.write("<table class=\"counts\">\n<thead><tr><th>" + labels.get("verdict") + "</th><th class=\"n\">"
                + labels.get("claims") + "</th></tr></thead>\n<tbody>\n");
        for (Verdict verdict : Verdict.values()) {
            int count = summary.byVerdict.getOrDefault(verdict, 0);
            if (count > 0) {
                out.write("<tr><td>" + verdictBadge(verdict, words) + "</td><td class=\"n\">" + count + "</td></tr>\n");
            }
        }
        out.write("</tbody>\n</table>\n</div>\n<div>\n<h2>" + labels.get("bySpeaker") + "</h2>\n");
        if (summary.bySpeaker.isEmpty()) {
            out.write("<p class=\"meta\">" + labels.get("noSpeakers") + "</p>\n");
        } else {
            out.write("<table class=\"counts\">\n<thead><tr><th>" + labels.get("speaker") + "</th><th class=\"n\">"
                    + labels.get("claims") + "</th><th>" + labels.get("verdicts") + "</th></tr></thead>\n<tbody>\n");
            for (Map.Entry<String, Map<Verdict, Integer>> entry : summary.bySpeaker.entrySet()) {
                int total = entry.getValue().values().stream().mapToInt(Integer::intValue).sum();
                StringBuilder verdicts = new StringBuilder();
                for (Map.Entry<Verdict, Integer> count : entry.getValue().entrySet()) {
                    verdicts.append(verdictBadge(count.getKey(), words)).append(" × ").append(count.getValue())
                            .append(' ');
                }
                out.write("<tr><td>" + Html.escape(entry.getKey()) + "</td><td class=\"n\">" + total + "</td><td>"
                        + verdicts.toString().strip() + "</td></tr>\n");
            }
            out.write("</tbody>\n</table>\n");
        }
        out.write("</div>\n</section>\n");
    }

    /** A horizontal bar per verdict with its count and name, so the chart does not rely on colour. */
    private static String chart(Summary summary, Language words) {
        List<Verdict> shown = new ArrayList<>();
        int max = 1;
        for (Verdict verdict : Verdict.values()) {
            int count = summary.byVerdict.getOrDefault(verdict, 0);
            if (count > 0) {
                shown.add(verdict);
                max = Math.max(max, count);
            }
        }
        int rowHeight = 24;
        int labelWidth = 170;
        int barWidth = 260;
        int height = Math.max(1, shown.size()) * rowHeight + 4;
        StringBuilder svg = new StringBuilder(512);
        svg.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
                .append(labelWidth + barWidth + 50).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ")
                .append(labelWidth + barWidth + 50).append(' ').append(height).append("\">\n");
        int y = 2;
        for (Verdict verdict : shown) {
            int count = summary.byVerdict.get(verdict);
            int width = Math.max(2, Math.round((float) barWidth * count / max));
            svg.append("<text x=\"0\" y=\"").append(y + 16).append("\">")
                    .append(Html.escape(VerdictWords.of(verdict, words))).append("</text>")
                    .append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 3).append("\" width=\"")
                    .append(width).append("\" height=\"").append(rowHeight - 8).append("\" fill=\"")
                    .append(VERDICT_COLOURS.get(verdict)).append("\"/>")
                    .append("<text x=\"").append(labelWidth + width + 6).append("\" y=\"").append(y + 16)
                    .append("\">").append(count).append("</text>\n");
            y += rowHeight;
        }
        return svg.append("</svg>\n").toString();
    }

    private static void writeLegend(Writer out, Labels labels) throws IOException {
        out.write("<p class=\"legend\">");
        for (ClaimKind kind : ClaimKind.values()) {
            out.write("<span class=\"c k-" + kind.id() + "\">" + labels.get("kind." + kind.id()) + "</span> ");
        }
        out.write("</p>\n");
    }

    // ---- articles ----

    private static void writeDocument(Writer out, Document document, List<Claim> claims, int firstNumber,
            Labels labels, Language words) throws IOException {
        out.write("<article>\n<h2>" + Html.escape(document.title().isBlank() ? labels.get("untitled")
                : document.title()) + "</h2>\n<p class=\"meta\">" + Html.escape(document.source()) + "</p>\n");
        out.write("<div class=\"text\">\n");
        writeText(out, document.text(), claims, firstNumber, words);
        out.write("</div>\n");
        writeTable(out, claims, firstNumber, labels, words);
        out.write("</article>\n");
    }

    /**
     * The article, its paragraphs at line breaks, each claim a span (nested where claims overlap) followed by its
     * number and verdict. The text is cut at every claim start and end; between cuts the covering claims are known.
     */
    private static void writeText(Writer out, String text, List<Claim> claims, int firstNumber, Language words)
            throws IOException {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> claims.get(i).target().start()).thenComparingInt(i -> i));
        List<Integer> active = new ArrayList<>();
        StringBuilder html = new StringBuilder(text.length() * 2);
        html.append("<p>");
        int nextStart = 0;
        int position = 0;
        while (true) {
            // Close the claims ending here (each followed by its badge), then open those starting here.
            for (Iterator<Integer> it = active.iterator(); it.hasNext();) {
                int index = it.next();
                if (claims.get(index).target().end() == position) {
                    it.remove();
                    html.append(badge(claims.get(index), firstNumber + index + 1, words));
                }
            }
            while (nextStart < order.size() && claims.get(order.get(nextStart)).target().start() == position) {
                int index = order.get(nextStart++);
                if (claims.get(index).target().end() == position) {
                    html.append(badge(claims.get(index), firstNumber + index + 1, words));
                } else {
                    active.add(index);
                }
            }
            if (position == text.length()) {
                break;
            }
            int next = nextStart < order.size() ? claims.get(order.get(nextStart)).target().start() : text.length();
            for (int index : active) {
                next = Math.min(next, claims.get(index).target().end());
            }
            appendSegment(html, text, position, next, claims, active);
            position = next;
        }
        html.append("</p>\n");
        out.write(html.toString());
    }

    private static void appendSegment(StringBuilder html, String text, int from, int to, List<Claim> claims,
            List<Integer> active) {
        int at = from;
        while (at < to) {
            int lineBreak = text.indexOf('\n', at);
            int end = lineBreak < 0 || lineBreak >= to ? to : lineBreak;
            if (end > at) {
                for (int index : active) {
                    Claim claim = claims.get(index);
                    html.append("<span class=\"c k-").append(claim.kind().id()).append(" v-")
                            .append(claim.verdict().id()).append("\">");
                }
                Html.escape(html, text.subSequence(at, end));
                html.append("</span>".repeat(active.size()));
            }
            if (end < to) {
                html.append("</p>\n<p>");
                end++;
            }
            at = end;
        }
    }

    private static String badge(Claim claim, int number, Language words) {
        return "<sup class=\"ref v-" + claim.verdict().id() + "\"><a href=\"#claim-" + number + "\">" + number
                + (claim.verdict() == Verdict.UNVERIFIED ? "" : " · " + Html.escape(VerdictWords.of(claim.verdict(),
                words))) + "</a></sup>";
    }

    private static String verdictBadge(Verdict verdict, Language words) {
        return "<span class=\"verdict v-" + verdict.id() + "\">" + Html.escape(VerdictWords.of(verdict, words))
                + "</span>";
    }

    private static void writeTable(Writer out, List<Claim> claims, int firstNumber, Labels labels, Language words)
            throws IOException {
        if (claims.isEmpty()) {
            out.write("<p class=\"meta\">" + labels.get("noClaims") + "</p>\n");
            return;
        }
        Map<String, String> speakerOf = speakers(claims);
        out.write("<table class=\"claims\">\n<thead><tr><th>#</th><th>" + labels.get("kind") + "</th><th>"
                + labels.get("text") + "</th><th>" + labels.get("verdict") + "</th><th>" + labels.get("speaker")
                + "</th><th>" + labels.get("note") + "</th><th>" + labels.get("tags") + "</th><th>"
                + labels.get("evidence") + "</th></tr></thead>\n<tbody>\n");
        StringBuilder row = new StringBuilder(512);
        for (int i = 0; i < claims.size(); i++) {
            Claim claim = claims.get(i);
            row.setLength(0);
            row.append("<tr id=\"claim-").append(firstNumber + i + 1).append("\"><td class=\"n\">")
                    .append(firstNumber + i + 1).append("</td><td><span class=\"c k-").append(claim.kind().id())
                    .append("\">").append(labels.get("kind." + claim.kind().id())).append("</span></td><td>");
            Html.escape(row, claim.target().exact());
            row.append("</td><td>").append(verdictBadge(claim.verdict(), words)).append("</td><td>");
            Html.escape(row, speakerOf.getOrDefault(claim.id(), ""));
            row.append("</td><td class=\"note\">");
            Html.escape(row, claim.note());
            row.append("</td><td>");
            for (String tag : claim.tags()) {
                row.append("<span class=\"tag\">");
                Html.escape(row, tag);
                row.append("</span> ");
            }
            row.append("</td><td>");
            for (Evidence evidence : claim.evidence()) {
                appendEvidence(row, evidence);
            }
            row.append("</td></tr>\n");
            out.write(row.toString());
        }
        out.write("</tbody>\n</table>\n");
    }

    private static void appendEvidence(StringBuilder row, Evidence evidence) {
        String shown = evidence.title() == null || evidence.title().isBlank() ? evidence.url() : evidence.title();
        row.append("<div class=\"evidence\">");
        if (SafeUrl.isLink(evidence.url())) {
            row.append("<a href=\"");
            Html.escape(row, evidence.url());
            row.append("\" rel=\"noopener noreferrer\">");
            Html.escape(row, shown);
            row.append("</a>");
        } else {
            row.append("<span class=\"url\">");
            Html.escape(row, evidence.url());
            row.append("</span>");
        }
        row.append("</div>");
    }

    /** The window's named colours (ui/app.css, light theme), copied: the report cannot read the window's CSS. */
    static final Map<Verdict, String> VERDICT_COLOURS = new EnumMap<>(Map.of(
            Verdict.UNVERIFIED, "#94a3b8",
            Verdict.TRUE, "#15803d",
            Verdict.MOSTLY_TRUE, "#4d7c0f",
            Verdict.MIXED, "#a16207",
            Verdict.MOSTLY_FALSE, "#c2410c",
            Verdict.FALSE, "#b91c1c",
            Verdict.MISLEADING, "#a21caf",
            Verdict.UNVERIFIABLE, "#475569"));

    private static final String STYLE = """
            body { font: 16px/1.55 Georgia, "DejaVu Serif", serif; color: #1f2328; max-width: 60rem; margin: 2rem auto;
                   padding: 0 1rem; }
            h1, h2, th, .meta, .legend, .ref, .verdict, .tag, table { font-family: system-ui, "DejaVu Sans", sans-serif; }
            h1 { font-size: 1.7rem; margin-bottom: 0.2rem; }
            h2 { font-size: 1.25rem; margin-top: 2rem; }
            .meta { color: #57606a; font-size: 0.9rem; }
            .summary { display: flex; flex-wrap: wrap; gap: 2rem; }
            .summary > div { flex: 1 1 22rem; }
            .chart text { font: 13px system-ui, "DejaVu Sans", sans-serif; fill: #1f2328; }
            table { border-collapse: collapse; font-size: 0.9rem; width: 100%; margin-top: 1rem; }
            th, td { border-bottom: 1px solid #d0d7de; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
            td.n, th.n { text-align: right; }
            td.note { white-space: pre-wrap; }
            .text p { margin: 0 0 0.9rem; white-space: pre-wrap; }
            .text p:empty { display: none; }
            .c.k-statement { background: rgba(37, 99, 235, 0.14); border-bottom: 2px solid #2563eb; }
            .c.k-attribution { background: rgba(147, 51, 234, 0.14); border-bottom: 2px dashed #9333ea; }
            .c.k-figure { background: rgba(234, 88, 12, 0.15); outline: 1.5px solid #c2410c; }
            .c.k-translation-issue { background: rgba(15, 118, 110, 0.14); border-bottom: 2px dotted #0f766e; }
            .legend .c { margin-right: 0.8rem; padding: 0 0.2rem; }
            .ref { font-size: 0.7rem; margin: 0 0.15rem; }
            .ref a { color: inherit; text-decoration: none; }
            .verdict, .ref { border-left: 4px solid; padding: 0 0.3rem; border-radius: 2px; background: #f6f8fa; }
            .v-unverified { border-color: #94a3b8; }
            .v-true { border-color: #15803d; }
            .v-mostly-true { border-color: #4d7c0f; }
            .v-mixed { border-color: #a16207; }
            .v-mostly-false { border-color: #c2410c; }
            .v-false { border-color: #b91c1c; }
            .v-misleading { border-color: #a21caf; }
            .v-unverifiable { border-color: #475569; }
            .tag { background: #eef1f4; border-radius: 3px; padding: 0 0.3rem; font-size: 0.8rem; }
            .url, .evidence a { word-break: break-all; }
            @media print {
              body { max-width: none; margin: 0; font-size: 11pt; }
              article { break-before: page; }
              tr, .summary > div { break-inside: avoid; }
              .ref a, .evidence a { color: inherit; }
              .evidence a::after { content: " <" attr(href) ">"; font-size: 0.8em; }
              * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            }
            """;

    /** The report's own words in English or Spanish. */
    private static final class Labels {
        private final boolean spanish;

        Labels(Language language) {
            this.spanish = language == Language.ES;
        }

        String get(String key) {
            return switch (key) {
                case "report" -> spanish ? "Informe de verificación" : "Fact-check report";
                case "generated" -> spanish ? "generado el" : "generated on";
                case "claims" -> spanish ? "Afirmaciones" : "Claims";
                case "byVerdict" -> spanish ? "Por veredicto" : "By verdict";
                case "bySpeaker" -> spanish ? "Por fuente" : "By speaker";
                case "noSpeakers" -> spanish ? "Ninguna afirmación atribuida." : "No attributed claims.";
                case "noClaims" -> spanish ? "Sin afirmaciones marcadas." : "No claims marked.";
                case "verdict" -> spanish ? "Veredicto" : "Verdict";
                case "verdicts" -> spanish ? "Veredictos" : "Verdicts";
                case "speaker" -> spanish ? "Fuente" : "Speaker";
                case "kind" -> spanish ? "Tipo" : "Kind";
                case "text" -> spanish ? "Texto" : "Text";
                case "note" -> spanish ? "Nota" : "Note";
                case "tags" -> spanish ? "Etiquetas" : "Tags";
                case "evidence" -> spanish ? "Pruebas" : "Evidence";
                case "untitled" -> spanish ? "Sin título" : "Untitled";
                case "kind.statement" -> spanish ? "Afirmación" : "Statement";
                case "kind.attribution" -> spanish ? "Atribución" : "Attribution";
                case "kind.figure" -> spanish ? "Cifra" : "Figure";
                case "kind.translation-issue" -> spanish ? "Problema de traducción" : "Translation issue";
                default -> throw new IllegalArgumentException("No label " + key);
            };
        }
    }
}
