package org.factdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.factdesk.model.Language;
import org.factdesk.model.Paragraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleImporterTest {

    private static final Path SAMPLE = Path.of("assets/kim-putin-summit-es.txt");

    @TempDir
    Path dir;

    private final ArticleImporter importer = new ArticleImporter();

    @Test
    void theSampleArticleImports() throws Exception {
        byte[] bytes = Files.readAllBytes(SAMPLE);
        Path file = Files.write(dir.resolve("kim-putin-summit-es.txt"), bytes);
        long nonBlankLines = new String(bytes, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).count();

        ImportedArticle article = importer.importFile(file);

        assertThat(article.title()).isEqualTo("kim putin summit es");
        assertThat(article.language()).isEqualTo(Language.ES);
        assertThat(article.source()).isEqualTo("kim-putin-summit-es.txt");
        assertThat(article.charset()).isEqualTo("UTF-8");
        assertThat(article.sha256()).isEqualTo(sha256(bytes)).matches("[0-9a-f]{64}");
        assertThat(article.paragraphs()).hasSize((int) nonBlankLines);
        assertThat(article.text()).startsWith("Actualizado el 11 de septiembre de 2023 a las 2:42 p.m. ET\n");
        Paragraph first = article.paragraphs().get(0);
        assertThat(article.text().substring(first.start(), first.end()))
                .isEqualTo("Actualizado el 11 de septiembre de 2023 a las 2:42 p.m. ET");
    }

    @Test
    void utf8WithBomImportsWithoutTheBom() throws Exception {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "Año nuevo, vida nueva.".getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(dir.resolve("bom.txt"), bytes);

        ImportedArticle article = importer.importFile(file);

        assertThat(article.text()).isEqualTo("Año nuevo, vida nueva.");
        assertThat(article.sha256()).isEqualTo(sha256(bytes));
    }

    @Test
    void utf16LittleEndianWithBomImports() throws Exception {
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "Qué año, señor 😀.\r\nOtra línea.".getBytes(StandardCharsets.UTF_16LE));
        Path file = Files.write(dir.resolve("utf16.txt"), bytes);

        ImportedArticle article = importer.importFile(file);

        assertThat(article.text()).isEqualTo("Qué año, señor 😀.\nOtra línea.");
        assertThat(article.charset()).isEqualTo("UTF-16LE");
        assertThat(article.paragraphs()).hasSize(2);
    }

    @Test
    void windows1252ArticleKeepsItsAccents() throws Exception {
        String text = "El niño pidió café: ¿Qué año?\nJosé dijo que sí.";
        Path file = Files.write(dir.resolve("cafe.txt"), text.getBytes(Charset.forName("windows-1252")));

        ImportedArticle article = importer.importFile(file);

        assertThat(article.text()).isEqualTo(text).contains("año", "José", "¿Qué año?");
        assertThat(article.charset()).isEqualTo("windows-1252");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            CRLF         | uno\\r\\ndos\\r\\n
            lone CR      | uno\\rdos\\r
            mixed        | uno\\r\\ndos\\r
            """)
    void crlfAndCrBecomeLf(String name, String text) throws Exception {
        Path file = Files.writeString(dir.resolve("breaks.txt"), TextNormalizerTest.unescape(text));

        ImportedArticle article = importer.importFile(file);

        assertThat(article.text()).isEqualTo("uno\ndos");
    }

    @Test
    void nfdInputBecomesNfc() throws Exception {
        Path file = Files.writeString(dir.resolve("nfd.txt"), "Jose\u0301 y el an\u0303o", StandardCharsets.UTF_8);

        ImportedArticle article = importer.importFile(file);

        assertThat(article.text()).isEqualTo("José y el año");
    }

    @Test
    void emojiAndOtherNonBmpTextSurvive() throws Exception {
        String text = "Familia 👩‍👩‍👧, clave 𝄞, bandera 🇪🇸 y 😀.";
        Path file = Files.writeString(dir.resolve("emoji.txt"), text, StandardCharsets.UTF_8);

        ImportedArticle article = importer.importFile(file);

        assertThat(article.text()).isEqualTo(text);
        assertThat(article.paragraphs()).containsExactly(new Paragraph(0, 0, text.length()));
    }

    @Test
    void markdownKeepsItsMarkupAndTakesItsTitleFromTheHeading() throws Exception {
        String markdown = """
                # La cumbre de *Vladivostok*

                Kim y Putin se reunieron el **miércoles** en [Rusia](https://example.org).

                - Primer punto de la agenda.
                - Segundo punto de la agenda.
                """;
        Path file = Files.writeString(dir.resolve("cumbre.md"), markdown);

        ImportedArticle article = importer.importFile(file);

        assertThat(article.title()).isEqualTo("La cumbre de *Vladivostok*");
        assertThat(article.text()).isEqualTo(markdown.strip());
        assertThat(article.paragraphs()).extracting(p -> article.text().substring(p.start(), p.end())).containsExactly(
                "# La cumbre de *Vladivostok*",
                "Kim y Putin se reunieron el **miércoles** en [Rusia](https://example.org).",
                "- Primer punto de la agenda.",
                "- Segundo punto de la agenda.");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            front matter title wins          | ---\\ntitle: "Desde el frente"\\n---\\n# Otro\\ntexto | Desde el frente
            setext heading                   | Subrayado\\n=========\\n\\ntexto                     | Subrayado
            heading in a code block is not   | ```\\n# comentario\\n```\\n\\n# De verdad\\ntexto   | De verdad
            no heading uses the file name    | solo texto\\n## Sección\\nmás                        | mis notas
            """)
    void markdownTitles(String why, String markdown, String title) throws Exception {
        Path file = Files.writeString(dir.resolve("mis_notas.markdown"), TextNormalizerTest.unescape(markdown));

        assertThat(importer.importFile(file).title()).isEqualTo(title);
    }

    @Test
    void htmlKeepsTitleHeadingsAndParagraphsAndDropsTheRest() throws Exception {
        String html = """
                <!DOCTYPE html>
                <html lang="es"><head>
                  <meta charset="utf-8">
                  <title>Cumbre Kim-Putin | Diario</title>
                  <meta property="og:title" content="Kim y Putin se reúnen en Vladivostok">
                  <style>p { color: red }</style>
                  <script>var tracking = "no debe aparecer";</script>
                </head><body>
                  <header role="banner"><a href="/">Diario</a> Portada</header>
                  <nav><ul><li>Inicio</li><li>Mundo</li></ul></nav>
                  <article>
                    <h1>Kim y Putin se reúnen</h1>
                    <p>El líder &amp; su tren    blindado
                       llegaron el <b>lunes</b>.</p>
                    <div class="ad-slot">Compre ahora</div>
                    <h2>Antecedentes</h2>
                    <p>La última cumbre fue en&nbsp;2019 &mdash; en Vladivostok.</p>
                    <ul><li>Armas</li><li>Alimentos</li></ul>
                    <blockquote><p>“Sombrero en mano”</p></blockquote>
                    <p hidden>Texto oculto</p>
                    <aside>Lea también</aside>
                    <script>alert("no")</script>
                  </article>
                  <footer>© Diario 2023</footer>
                </body></html>
                """;
        Path file = Files.writeString(dir.resolve("cumbre.html"), html);

        ImportedArticle article = importer.importFile(file);

        assertThat(article.title()).isEqualTo("Kim y Putin se reúnen en Vladivostok");
        assertThat(article.text()).isEqualTo(String.join("\n\n",
                "Kim y Putin se reúnen",
                "El líder & su tren blindado llegaron el lunes.",
                "Antecedentes",
                "La última cumbre fue en\u00A02019 — en Vladivostok.",
                "Armas",
                "Alimentos",
                "“Sombrero en mano”"));
        assertThat(article.paragraphs()).hasSize(7);
        assertThat(article.language()).isEqualTo(Language.ES);
        assertThat(article.sha256()).isEqualTo(sha256(html.getBytes(StandardCharsets.UTF_8)));
        assertThat(article.text()).doesNotContain("Diario", "Inicio", "tracking", "Compre", "oculto", "Lea",
                "alert", "color");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            title element            | <html><head><title> Solo título </title></head><body>x</body></html> | Solo título
            h1 without a title       | <html><body><main><h1>Encabezado</h1><p>x</p></main></body></html>  | Encabezado
            neither: the file name   | <html><body><p>x</p></body></html>                                  | pagina web
            """)
    void htmlTitles(String why, String html, String title) throws Exception {
        Path file = Files.writeString(dir.resolve("pagina-web.htm"), html);

        assertThat(importer.importFile(file).title()).isEqualTo(title);
    }

    @Test
    void anEnglishHtmlArticleIsDetectedAsEnglish() throws Exception {
        String html = "<html><head><title>Summit</title></head><body><main>"
                + "<p>The North Korean leader said that he would travel to Russia by train for the meeting.</p>"
                + "<p>Experts believe that the summit could change the security dynamics in the region.</p>"
                + "</main></body></html>";
        Path file = Files.writeString(dir.resolve("summit.html"), html);

        ImportedArticle article = importer.importFile(file);

        assertThat(article.language()).isEqualTo(Language.EN);
        assertThat(article.paragraphs()).hasSize(2);
    }

    @Test
    void htmlLineBreaksAndTableRowsAreReadable() throws Exception {
        String html = "<html><body><p>Calle Mayor 1<br>Madrid</p>"
                + "<table><tr><th>País</th><th>Población</th></tr><tr><td>España</td><td>48 millones</td></tr></table>"
                + "<pre>línea  uno\n  línea dos</pre></body></html>";
        Path file = Files.writeString(dir.resolve("tabla.html"), html);

        ImportedArticle article = importer.importFile(file);

        assertThat(article.text()).isEqualTo(
                "Calle Mayor 1\nMadrid\n\nPaís | Población\n\nEspaña | 48 millones\n\nlínea uno\nlínea dos");
    }

    @Test
    void aWindows1252HtmlPageHonoursItsMetaCharset() throws Exception {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
                + "<title>Café</title></head><body><p>El niño pidió café: ¿Qué año? — “Sí”.</p></body></html>";
        Path file = Files.write(dir.resolve("cafe.html"), html.getBytes(Charset.forName("windows-1252")));

        ImportedArticle article = importer.importFile(file);

        assertThat(article.text()).isEqualTo("El niño pidió café: ¿Qué año? — “Sí”.");
        assertThat(article.title()).isEqualTo("Café");
        assertThat(article.charset()).isEqualTo("windows-1252");
    }

    @Test
    void anHtmlPageWithAnotherExtensionIsSniffed() throws Exception {
        Path file = Files.writeString(dir.resolve("pagina.php"),
                "  <!DOCTYPE html><html><body><p>Hola mundo.</p></body></html>");

        assertThat(importer.importFile(file).text()).isEqualTo("Hola mundo.");
    }

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            notas                  | notas
            kim_putin-cumbre.TXT   | kim putin cumbre
            informe.v2.text        | informe.v2
            .txt                   | .txt
            """)
    void plainTextTitlesComeFromTheFileName(String fileName, String title) throws Exception {
        Path file = Files.writeString(dir.resolve(fileName), "Primera línea, que no es el título.\nTexto.");

        assertThat(importer.importFile(file).title()).isEqualTo(title);
    }

    @Test
    void pastedTextIsImportedAsANewArticle() throws Exception {
        String pasted = "\uFEFFThe president said\r\n"
                + "that the meeting will be held in the capital at the end of the month.\r\n";

        ImportedArticle article = importer.importText(pasted, "  Meeting  ");

        assertThat(article.title()).isEqualTo("Meeting");
        assertThat(article.text()).isEqualTo(
                "The president said\nthat the meeting will be held in the capital at the end of the month.");
        assertThat(article.sha256()).isEqualTo(sha256(pasted.getBytes(StandardCharsets.UTF_8)));
        assertThat(article.source()).isEqualTo(ArticleImporter.PASTED_SOURCE);
        assertThat(article.language()).isEqualTo(Language.EN);
        assertThat(article.paragraphs()).hasSize(2);
        assertThat(importer.importText("Hola.", null).title()).isEqualTo("Pasted article");
    }

    @Test
    void aLargeArticleImportsWithEveryParagraph() throws Exception {
        String paragraph = "El presidente dijo que la reunión será en la capital 😀 a finales del mes.\n";
        Path file = Files.writeString(dir.resolve("grande.txt"), paragraph.repeat(20_000));

        ImportedArticle article = importer.importFile(file);

        List<Paragraph> paragraphs = article.paragraphs();
        assertThat(paragraphs).hasSize(20_000);
        assertThat(paragraphs.get(19_999).index()).isEqualTo(19_999);
        assertThat(article.text().substring(paragraphs.get(19_999).start(), paragraphs.get(19_999).end()))
                .isEqualTo(paragraph.strip());
    }

    static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    static byte[] concat(byte[] first, byte[] second) {
        byte[] all = new byte[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
