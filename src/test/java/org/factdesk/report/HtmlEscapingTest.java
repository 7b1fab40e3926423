package org.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.factdesk.model.Attribution;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Document;
import org.factdesk.model.Evidence;
import org.factdesk.model.Language;
import org.factdesk.model.Origin;
import org.factdesk.model.Verdict;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Feeds a corpus of XSS payloads through every piece of user text the HTML report shows (project, organisation,
 * article title, source and text, notes, tags, speakers, evidence URLs and titles) and checks, with a real HTML
 * parser, that none survives as markup, event handler or script URL, while each is still shown as text.
 */
class HtmlEscapingTest {

    /** The elements the report itself writes; anything else came from user text. */
    private static final Set<String> OUR_ELEMENTS = Set.of("html", "head", "meta", "title", "style", "body",
            "header", "h1", "h2", "p", "section", "div", "table", "thead", "tbody", "tr", "th", "td", "span", "sup",
            "a", "svg", "text", "rect", "article", "#root");

    static Stream<String> payloads() throws IOException {
        List<String> payloads = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src", "test", "resources", "report", "xss-payloads.txt"),
                StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                payloads.add(line);
            }
        }
        // Characters a text file cannot hold well: a NUL, a tab and a line break inside the scheme, a lone surrogate.
        payloads.add("java\u0000script:alert(1)");
        payloads.add("java\tscript:alert(1)");
        payloads.add("java\nscript:alert(1)");
        payloads.add("<scr\uD800ipt>alert(1)</script>");
        return payloads.stream();
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void noPayloadSurvivesAsMarkup(String payload) throws IOException {
        String text = "Antes " + payload + " después.\nSegundo párrafo " + payload;
        Document document = new Document("d1", payload, Language.ES, payload, "0".repeat(64), text, List.of(),
                ReportFixtures.IMPORTED, null);
        Instant at = ReportFixtures.CREATED;
        int start = text.indexOf(payload);
        Claim statement = new Claim("c1", "d1", ClaimKind.STATEMENT, ReportFixtures.target(text, payload),
                Verdict.FALSE, payload, List.of(payload, "ok"),
                List.of(new Evidence(payload, payload, null, payload, payload),
                        new Evidence("https://ok.example/?q=\"><script>", null, null, null, null)),
                payload, at, at, Origin.MANUAL, null, null, null);
        Claim attribution = new Claim("c2", "d1", ClaimKind.ATTRIBUTION,
                ReportFixtures.target(text, "Segundo párrafo"), Verdict.MISLEADING, "", List.of(), List.of(), "",
                at, at, Origin.MANUAL, new Attribution(payload, null, null, payload, payload, true, "c1"), null, null);
        ReportContent content = new ReportFixtures.ListContent(new ProjectInfo(payload, payload, payload, payload),
                List.of(document), Map.of("d1", List.of(statement, attribution)));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlReportWriter(ReportFixtures.CLOCK, null).write(content, out);
        String html = out.toString(StandardCharsets.UTF_8);
        org.jsoup.nodes.Document parsed = Jsoup.parse(html);

        assertThat(parsed.select("script, iframe, object, embed, img, form, input, base, link, math, details, "
                + "animate, textarea")).as("injected elements").isEmpty();
        for (Element element : parsed.getAllElements()) {
            assertThat(OUR_ELEMENTS).as("element <%s>", element.normalName()).contains(element.normalName());
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertThat(name).as("attribute of <%s>", element.normalName()).doesNotStartWith("on")
                        .isNotIn("srcdoc", "src", "xlink:href", "formaction", "action");
                String value = attribute.getValue().toLowerCase(Locale.ROOT).replaceAll("[\\s\\x00-\\x1f]", "");
                assertThat(value).as("%s=\"%s\"", name, attribute.getValue()).doesNotContain("javascript:")
                        .doesNotContain("vbscript:").doesNotStartWith("data:");
            }
        }
        for (Element link : parsed.select("a[href]")) {
            assertThat(link.attr("href")).matches("(?i)(#claim-\\d+|https?://\\S+|mailto:\\S+)");
        }
        assertThat(parsed.select("meta[http-equiv]")).singleElement()
                .satisfies(meta -> assertThat(meta.attr("http-equiv")).isEqualTo("Content-Security-Policy"));
        assertThat(parsed.select("style")).singleElement()
                .satisfies(style -> assertThat(style.data()).doesNotContain("alert"));
        // Shown, not dropped: the payload is still there as text wherever it was given.
        String shown = payload.replace("\u0000", "\uFFFD").replace("\uD800", "\uFFFD");
        assertThat(parsed.select("article > h2").first().wholeText()).isEqualTo(shown);
        assertThat(parsed.select("td.note").first().wholeText()).isEqualTo(shown);
        assertThat(parsed.select(".text").first().wholeText().replace("\n", "")).contains(shown.replace("\n", ""));
    }
}
