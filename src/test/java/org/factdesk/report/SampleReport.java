package org.factdesk.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factdesk.model.Attribution;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Document;
import org.factdesk.model.Evidence;
import org.factdesk.model.Figure;
import org.factdesk.model.FigureType;
import org.factdesk.model.Language;
import org.factdesk.model.Origin;
import org.factdesk.model.Qualifier;
import org.factdesk.model.Severity;
import org.factdesk.model.TranslationIssue;
import org.factdesk.model.Verdict;
import org.factdesk.text.Segmenter;
import org.factdesk.text.TextNormalizer;

/** The sample article with a fixed set of checked claims (fixed ids and times), for the golden files of every format. */
final class SampleReport {

    static final String TEXT = load();
    static final Instant CREATED = Instant.parse("2026-11-20T10:00:00Z");
    static final Instant CHECKED = Instant.parse("2026-11-21T16:30:00Z");
    static final ProjectInfo PROJECT = new ProjectInfo("Cumbre Kim–Putin", "cumbre.factdesk", "Verificado Ejemplo",
            "https://verificado.example.org/cumbre-kim-putin");

    private SampleReport() {
    }

    private static String load() {
        try {
            return TextNormalizer.normalize(Files.readString(Path.of("assets", "kim-putin-summit-es.txt"),
                    StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document document() {
        return new Document("3f6c1c8e-0000-4000-8000-000000000001", "Kim y Putin preparan su cumbre en Vladivostok",
                Language.ES, "https://noticias.example.com/kim-putin-vladivostok", "ab".repeat(32), TEXT,
                Segmenter.paragraphs(TEXT), CREATED, null);
    }

    static List<Claim> claims() {
        String doc = document().id();
        List<Claim> claims = new ArrayList<>();
        Claim visit = claim("c1", ClaimKind.STATEMENT, "pronto visitará la Federación Rusa por invitación del "
                + "Presidente de la Federación Rusa, el camarada Vladimir Putin", Verdict.TRUE,
                "El Kremlin lo confirmó el mismo día.", List.of("visita"),
                List.of(new Evidence("https://tass.example/visita", "TASS", LocalDate.of(2026, 11, 21), null, null)));
        claims.add(visit);
        String kcna = "la Agencia Central de Noticias Oficial de Corea del Norte";
        int kcnaAt = TEXT.indexOf(kcna);
        claims.add(claim("c2", ClaimKind.ATTRIBUTION, "Kim «pronto visitará la Federación Rusa por invitación del "
                + "Presidente de la Federación Rusa, el camarada Vladimir Putin», dijo el lunes por la noche " + kcna,
                Verdict.UNVERIFIED, "", List.of(), List.of())
                .withAttribution(new Attribution(kcna, kcnaAt, kcnaAt + kcna.length(), null, "dijo", true, "c1")));
        claims.add(claim("c3", ClaimKind.FIGURE, "casi la mitad de la población de Corea del Norte estaba desnutrida",
                Verdict.MOSTLY_TRUE, "La FAO estima el 45,5 % entre 2019 y 2021.", List.of("salud", "fao"),
                List.of(new Evidence("https://www.fao.org/3/cc0639es/cc0639es.pdf", "SOFI 2022", null, null, null)))
                .withFigure(new Figure(new BigDecimal("0.5"), "fraction", FigureType.FRACTION, Qualifier.NEARLY, null,
                        "≈ 50 %")));
        claims.add(claim("c4", ClaimKind.STATEMENT, "las negociaciones sobre armas entre Rusia y la RPDC están "
                + "progresando activamente", Verdict.MIXED, "Hay indicios, no pruebas públicas.", List.of("armas"),
                List.of()));
        String watson = "Adrienne Watson";
        int watsonAt = TEXT.indexOf(watson);
        claims.add(claim("c5", ClaimKind.ATTRIBUTION, "“Como hemos advertido públicamente, las negociaciones sobre "
                + "armas entre Rusia y la RPDC están progresando activamente”", Verdict.UNVERIFIED, "", List.of(),
                List.of()).withAttribution(new Attribution(watson, watsonAt, watsonAt + watson.length(),
                        "portavoz del Consejo de Seguridad Nacional", "dijo", true, "c4")));
        claims.add(claim("c6", ClaimKind.STATEMENT, "las sanciones occidentales están funcionando", Verdict.MISLEADING,
                "Las sanciones no impidieron el contacto.", List.of(), List.of()));
        String miller = "Matthew Miller";
        int millerAt = TEXT.indexOf(miller);
        claims.add(claim("c7", ClaimKind.ATTRIBUTION, "el contacto de apoyo armamentístico de Rusia con Corea del "
                + "Norte muestra que las sanciones occidentales están funcionando", Verdict.UNVERIFIED, "", List.of(),
                List.of()).withAttribution(new Attribution(miller, millerAt, millerAt + miller.length(), null, "dijo",
                        false, "c6")));
        claims.add(new Claim("c8", doc, ClaimKind.TRANSLATION_ISSUE, ReportFixtures.target(TEXT, "una Una"),
                Verdict.UNVERIFIED, "", List.of(), List.of(), "qa", CREATED, CREATED, Origin.SUGGESTED, null, null,
                new TranslationIssue("repeated-word", "«una» se repite.", "una", Severity.WARNING)));
        claims.sort((a, b) -> a.target().start() != b.target().start()
                ? Integer.compare(a.target().start(), b.target().start())
                : Integer.compare(a.target().end(), b.target().end()));
        return claims;
    }

    private static Claim claim(String id, ClaimKind kind, String exact, Verdict verdict, String note,
            List<String> tags, List<Evidence> evidence) {
        return new Claim(id, document().id(), kind, ReportFixtures.target(TEXT, exact), verdict, note, tags, evidence,
                "ana", CREATED, verdict == Verdict.UNVERIFIED ? CREATED : CHECKED, Origin.MANUAL,
                kind == ClaimKind.ATTRIBUTION ? Attribution.empty() : null,
                kind == ClaimKind.FIGURE ? Figure.empty() : null, null);
    }

    static ReportContent content() {
        Document document = document();
        return new ReportFixtures.ListContent(PROJECT, List.of(document), Map.of(document.id(), claims()));
    }
}
