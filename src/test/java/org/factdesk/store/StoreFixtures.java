package org.factdesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.factdesk.model.Attribution;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Document;
import org.factdesk.model.Evidence;
import org.factdesk.model.Figure;
import org.factdesk.model.FigureType;
import org.factdesk.model.Ids;
import org.factdesk.model.Language;
import org.factdesk.model.Origin;
import org.factdesk.model.Paragraph;
import org.factdesk.model.Qualifier;
import org.factdesk.model.Severity;
import org.factdesk.model.Target;
import org.factdesk.model.TranslationIssue;
import org.factdesk.model.Verdict;

/** Documents and claims with every field filled, for the store tests. */
final class StoreFixtures {

    static final String TEXT = "Kim dijo: «casi la mitad de la población 😀 estaba desnutrida».\n"
            + "En 2019, 1722217 personas emigraron según la ONU 🇰🇵.\n"
            + "Fin.";
    static final Instant T0 = Instant.parse("2026-11-24T10:14:03.123456Z");

    private StoreFixtures() {
    }

    static Document document() {
        return document(Ids.newId(), TEXT);
    }

    static Document document(String id, String text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int start = 0;
        int index = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            paragraphs.add(new Paragraph(index++, start, end));
            start = end + 1;
        }
        return new Document(id, "Cumbre Kim–Putin 😀", Language.ES, "kim-putin-summit-es.txt",
                "ab".repeat(32), text, paragraphs, T0, null);
    }

    static Target target(String text, String exact) {
        int start = text.indexOf(exact);
        if (start < 0) {
            throw new IllegalArgumentException(exact);
        }
        int end = start + exact.length();
        // ten chars of context, widened so as never to split an emoji (SQLite's UTF-8 cannot hold half of one)
        int from = Math.max(0, start - 10);
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from--;
        }
        int to = Math.min(text.length(), end + 10);
        if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
            to++;
        }
        return new Target(start, end, exact, text.substring(from, start), text.substring(end, to));
    }

    static Claim statement(String documentId) {
        return new Claim(Ids.newId(), documentId, ClaimKind.STATEMENT, target(TEXT, "estaba desnutrida"),
                Verdict.MOSTLY_FALSE, "Nota con acento: ñ, 😀", List.of("zeta", "alpha", "hambre"),
                List.of(new Evidence("https://example.org/fao", "FAO 2019", LocalDate.of(2026, 11, 20),
                                "https://web.archive.org/x", "tabla 3"),
                        new Evidence("https://example.org/only-url", null, null, null, null)),
                "ana", T0, T0.plusSeconds(60), Origin.MANUAL, null, null, null);
    }

    static Claim attribution(String documentId, String statementId) {
        int speakerStart = TEXT.indexOf("Kim");
        return new Claim(Ids.newId(), documentId, ClaimKind.ATTRIBUTION,
                target(TEXT, "casi la mitad de la población 😀 estaba desnutrida"), Verdict.UNVERIFIED, "",
                List.of(), List.of(), "ana", T0, T0, Origin.SUGGESTED,
                new Attribution("Kim", speakerStart, speakerStart + 3, "líder", "dijo", true, statementId), null,
                null);
    }

    static Claim figure(String documentId, String exact, BigDecimal value) {
        return new Claim(Ids.newId(), documentId, ClaimKind.FIGURE, target(TEXT, exact), Verdict.TRUE, "n",
                List.of("cifras"), List.of(), "luis", T0, T0, Origin.MANUAL, null,
                new Figure(value, "people", FigureType.COUNT, Qualifier.NEARLY, "2019", "≈ 1.7 M"), null);
    }

    static Claim issue(String documentId) {
        return new Claim(Ids.newId(), documentId, ClaimKind.TRANSLATION_ISSUE, target(TEXT, "según"),
                Verdict.UNVERIFIED, "", List.of(), List.of(), "qa", T0, T0, Origin.SUGGESTED, null, null,
                new TranslationIssue("repeated-word", "Palabra repetida", "según la", Severity.WARNING));
    }

    /** One claim of every kind, with every field used. */
    static List<Claim> everyKind(String documentId) {
        Claim statement = statement(documentId);
        return List.of(statement, attribution(documentId, statement.id()),
                figure(documentId, "1722217", new BigDecimal("1722217")),
                figure(documentId, "casi la mitad", new BigDecimal("0.5")),
                new Claim(Ids.newId(), documentId, ClaimKind.FIGURE, target(TEXT, "2019"), Verdict.UNVERIFIED, "",
                        List.of(), List.of(), "", T0, T0, Origin.MANUAL, null, Figure.empty(), null),
                new Claim(Ids.newId(), documentId, ClaimKind.ATTRIBUTION, target(TEXT, "ONU"), Verdict.UNVERIFIED,
                        "", List.of(), List.of(), "", T0, T0, Origin.MANUAL, null, null, null),
                issue(documentId));
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
