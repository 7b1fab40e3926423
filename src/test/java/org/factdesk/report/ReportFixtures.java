package org.factdesk.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.factdesk.model.Attribution;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Document;
import org.factdesk.model.Evidence;
import org.factdesk.model.Figure;
import org.factdesk.model.FigureType;
import org.factdesk.model.Language;
import org.factdesk.model.Origin;
import org.factdesk.model.Paragraph;
import org.factdesk.model.Qualifier;
import org.factdesk.model.Severity;
import org.factdesk.model.Target;
import org.factdesk.model.TranslationIssue;
import org.factdesk.model.Verdict;

/** Fixed documents and claims for the report tests, and a {@link ReportContent} over plain lists. */
final class ReportFixtures {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);
    static final String GENERATOR = "Factdesk test";
    static final ReportWriter WRITER = new ReportWriter(CLOCK, GENERATOR, true);

    /** Four paragraphs; a train, a smiley and a family (5 code points, 8 chars) stand before the claims' spans. */
    static final String TEXT = "Kim Jong Un llegó a Vladivostok 🚆 el miércoles.\n"
            + "«La reunión fue muy útil», dijo Putin según la agencia 😀 rusa.\n"
            + "Casi la mitad de la población 👨‍👩‍👧 estaba desnutrida en 2019.\n"
            + "La traducción dice dijo dijo dos veces.";

    static final Instant CREATED = Instant.parse("2024-05-01T10:15:30Z");
    static final Instant UPDATED = Instant.parse("2024-05-02T08:00:00.123456789Z");
    static final Instant IMPORTED = Instant.parse("2024-05-01T09:00:00Z");

    private ReportFixtures() {
    }

    /** The plain {@link ReportContent} the service would give: documents and their claims in lists. */
    record ListContent(ProjectInfo project, List<Document> documents, Map<String, List<Claim>> claims)
            implements ReportContent {

        @Override
        public void forEachClaim(String documentId, Consumer<Claim> sink) {
            claims.getOrDefault(documentId, List.of()).forEach(sink);
        }
    }

    static Document goldenDocument() {
        return new Document("doc-1", "Kim y Putin: cumbre en Vladivostok", Language.ES, "kim-putin.txt",
                "5f2b1a0c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8", TEXT, paragraphs(TEXT), IMPORTED,
                null);
    }

    static List<Claim> goldenClaims() {
        Claim statement = new Claim("claim-statement", "doc-1", ClaimKind.STATEMENT, target(TEXT, "el miércoles"),
                Verdict.TRUE, "Llegó el martes por la noche, según la agencia KCNA.", List.of("viaje"),
                List.of(new Evidence("https://example.org/kcna", null, null, null, null)), "ana", CREATED, UPDATED,
                Origin.MANUAL, null, null, null);
        int speaker = TEXT.indexOf("Putin");
        Claim attribution = new Claim("claim-attribution", "doc-1", ClaimKind.ATTRIBUTION,
                target(TEXT, "La reunión fue muy útil"), Verdict.UNVERIFIED, "", List.of(), List.of(), "ana", CREATED,
                CREATED, Origin.SUGGESTED,
                new Attribution("Putin", speaker, speaker + "Putin".length(), "presidente de Rusia", "dijo", true,
                        "claim-statement"),
                null, null);
        Claim figure = new Claim("claim-figure", "doc-1", ClaimKind.FIGURE, target(TEXT, "Casi la mitad"),
                Verdict.MOSTLY_TRUE, "La FAO habla del 45,5 %.", List.of("salud", "fao"),
                List.of(new Evidence("https://www.fao.org/informe", "Informe FAO 2019", LocalDate.of(2024, 5, 3),
                        "https://web.archive.org/web/2024/https://www.fao.org/informe", "tabla 2")),
                "luis", CREATED, UPDATED, Origin.MANUAL,
                null, new Figure(new BigDecimal("0.50"), "fraction", FigureType.FRACTION, Qualifier.NEARLY, "2019",
                        "≈ 50 %"),
                null);
        Claim issue = new Claim("claim-issue", "doc-1", ClaimKind.TRANSLATION_ISSUE, target(TEXT, "dijo dijo"),
                Verdict.UNVERIFIED, "", List.of(), List.of(), "qa", CREATED, CREATED, Origin.SUGGESTED, null, null,
                new TranslationIssue("repeated-word", "La palabra «dijo» se repite.", "dijo", Severity.WARNING));
        return List.of(statement, attribution, figure, issue);
    }

    static ListContent goldenContent() {
        Document document = goldenDocument();
        return new ListContent(new ProjectInfo("Cumbre", "cumbre.factdesk", "Verificado"), List.of(document),
                Map.of(document.id(), goldenClaims()));
    }

    /** The target of the first occurrence of {@code exact}, with up to 32 code points of context on each side. */
    static Target target(String text, String exact) {
        int start = text.indexOf(exact);
        if (start < 0) {
            throw new IllegalArgumentException(exact + " is not in the text");
        }
        int end = start + exact.length();
        int before = Math.min(Target.CONTEXT_CODE_POINTS, text.codePointCount(0, start));
        int after = Math.min(Target.CONTEXT_CODE_POINTS, text.codePointCount(end, text.length()));
        return new Target(start, end, exact, text.substring(text.offsetByCodePoints(start, -before), start),
                text.substring(end, text.offsetByCodePoints(end, after)));
    }

    /** Paragraphs split at line breaks, as the text layer's segmenter does for plain text. */
    static List<Paragraph> paragraphs(String text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            paragraphs.add(new Paragraph(paragraphs.size(), start, end));
            start = end + 1;
        }
        return paragraphs;
    }

    /** A document and claims of every kind with every optional field left empty or null. */
    static ListContent sparseContent() {
        String text = "𝄞 música 😀\n\nsin más";
        Document document = new Document("doc-sparse", "", Language.UNDETERMINED, "pegado",
                "0000000000000000000000000000000000000000000000000000000000000000", text, List.of(), IMPORTED,
                "doc-1");
        List<Claim> claims = List.of(
                new Claim("s1", "doc-sparse", ClaimKind.STATEMENT, target(text, "música"), null, null, null, null,
                        null,
                        CREATED, CREATED, null, null, null, null),
                new Claim("s2", "doc-sparse", ClaimKind.ATTRIBUTION, target(text, "😀"), Verdict.FALSE, null, null,
                        null, null, CREATED, CREATED, null, Attribution.empty(), null, null),
                new Claim("s3", "doc-sparse", ClaimKind.ATTRIBUTION, target(text, "sin"), null, null, null, null, null,
                        CREATED, CREATED, null, null, null, null),
                new Claim("s4", "doc-sparse", ClaimKind.FIGURE, target(text, "más"), null, null, null, null, null,
                        CREATED, CREATED, null, null, Figure.empty(), null),
                new Claim("s5", "doc-sparse", ClaimKind.FIGURE, target(text, "𝄞"), null, null, null, null, null,
                        CREATED, CREATED, null, null, null, null),
                new Claim("s6", "doc-sparse", ClaimKind.TRANSLATION_ISSUE, target(text, "\n\n"), null, null, null,
                        null, null, CREATED, CREATED, null, null, null, new TranslationIssue(null, null, null, null)),
                new Claim("s7", "doc-sparse", ClaimKind.TRANSLATION_ISSUE, new Target(0, 0, "", "", "𝄞"), null, null,
                        null, null, null, CREATED, CREATED, null, null, null, null));
        Map<String, List<Claim>> byDocument = new LinkedHashMap<>();
        byDocument.put(document.id(), claims);
        return new ListContent(new ProjectInfo("", "p.factdesk", null), List.of(document), byDocument);
    }
}
