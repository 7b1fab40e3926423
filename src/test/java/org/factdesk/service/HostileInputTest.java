package org.factdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Document;
import org.factdesk.store.DiskLimits;
import org.factdesk.text.CodePointIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and odd input through the real use cases: each is imported, analysed or refused with one clear message, and
 * the project it was aimed at stays intact.
 */
class HostileInputTest {

    private static final Session SESSION = Session.ofSystemUser();

    @TempDir
    Path folder;

    @Test
    void aTwoHundredMegabyteFileIsRefusedByItsSizeAndTheProjectIsUntouched() throws Exception {
        Path project = projectWithOneClaim();
        Path huge = folder.resolve("huge.txt");
        try (RandomAccessFile sparse = new RandomAccessFile(huge.toFile(), "rw")) {
            sparse.setLength(200L * 1024 * 1024); // sparse: no disk used, and reading it would cost 200 MB of heap
        }
        String before = sha256(project);

        try (Workspace workspace = Workspace.open(project, false, SESSION)) {
            assertThatThrownBy(() -> workspace.documents().importFiles(List.of(huge), null))
                    .isInstanceOf(ServiceException.class)
                    .hasMessageContaining("huge.txt is too large to import: 200.0 MB (209,715,200 bytes)")
                    .hasMessageContaining("the limit is 50 MB");
        }
        assertThat(sha256(project)).isEqualTo(before);
    }

    @Test
    void aFileOfOneTenMegabyteLineImportsAsOneParagraphAndItsEndCanBeMarked() throws Exception {
        Path file = folder.resolve("one-line.txt");
        String sentence = "Según el ministro, casi la mitad de la población, unos 12 millones, estaba desnutrida"
                + " en 2019. ";
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long written = 0; written < 10L * 1024 * 1024; written += sentence.length() + 2) {
                out.write(sentence);
            }
        }
        try (Workspace workspace = Workspace.create(folder.resolve("line.factdesk"), SESSION)) {
            DocumentInfo info = workspace.documents().importFiles(List.of(file), null).get(0);
            Document document = workspace.documents().get(info.id());
            assertThat(document.paragraphs()).hasSize(1);
            assertThat(document.text()).doesNotContain("\n").startsWith("Según el ministro");
            int end = document.text().length();
            Claim last = workspace.claims().mark(info.id(), ClaimKind.FIGURE, end - 8, end);
            assertThat(last.target().exact()).isEqualTo("en 2019.");
            // (analysing it is the analysis benchmark's 5 MB run, which takes too long for every build)
        }
    }

    @Test
    void deeplyNestedHtmlImportsItsTextWithoutOverflowingTheStack() throws Exception {
        Path file = folder.resolve("nested.html");
        int depth = 50_000;
        Files.writeString(file, "<html><body>" + "<div><span>".repeat(depth) + "<p>Texto en el fondo.</p>"
                + "</span></div>".repeat(depth) + "</body></html>", StandardCharsets.UTF_8);
        try (Workspace workspace = Workspace.create(folder.resolve("nested.factdesk"), SESSION)) {
            DocumentInfo info = workspace.documents().importFiles(List.of(file), null).get(0);
            assertThat(workspace.documents().get(info.id()).text()).contains("Texto en el fondo.");
        }
    }

    @Test
    void anHtmlEntityBombIsNotExpanded() throws Exception {
        StringBuilder bomb = new StringBuilder("<!DOCTYPE html [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            bomb.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";")
                    .repeat(10)).append("\">");
        }
        bomb.append("]><html><body><p>Bomba: &lol9;</p><p>")
                .append("&amp;&lt;&#128240;&eacute;".repeat(200_000)) // 5 MB of entities, each one char or two
                .append("</p></body></html>");
        Path file = folder.resolve("bomb.html");
        Files.writeString(file, bomb, StandardCharsets.UTF_8);
        try (Workspace workspace = Workspace.create(folder.resolve("bomb.factdesk"), SESSION)) {
            DocumentInfo info = workspace.documents().importFiles(List.of(file), null).get(0);
            String text = workspace.documents().get(info.id()).text();
            assertThat(text).contains("Bomba: &lol9;").doesNotContain("lollol");
            assertThat(text.length()).isLessThan(bomb.length());
            assertThat(text).contains("&<📰é&<📰é");
        }
    }

    @Test
    void aReportNestedTenThousandDeepIsRejectedWithItsPath() throws Exception {
        Path report = folder.resolve("deep.json");
        Files.writeString(report, "{\"format\":\"factdesk-report\",\"version\":1,\"documents\":"
                + "[".repeat(10_000) + "]".repeat(10_000) + "}", StandardCharsets.UTF_8);
        assertReportRejected(report, "nested more than 64 levels deep");
    }

    @Test
    void aReportWithAHundredMegabyteStringIsRejectedWithoutHoldingIt() throws Exception {
        Path report = folder.resolve("long-string.json");
        try (BufferedWriter out = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
            out.write("{\"format\":\"factdesk-report\",\"version\":1,\"generator\":\"");
            char[] chunk = "x".repeat(1 << 20).toCharArray();
            for (int i = 0; i < 100; i++) {
                out.write(chunk);
            }
            out.write("\",\"documents\":[]}");
        }
        assertReportRejected(report, "a string longer than");
    }

    private void assertReportRejected(Path report, String why) throws Exception {
        Path project = projectWithOneClaim();
        String before = sha256(project);
        try (Workspace workspace = Workspace.open(project, false, SESSION)) {
            assertThatThrownBy(() -> workspace.reports().importReport(report)).isInstanceOf(ServiceException.class)
                    .hasMessageContaining(report.getFileName().toString())
                    .hasMessageContaining("$")
                    .hasMessageContaining(why);
        }
        assertThat(sha256(project)).isEqualTo(before);
    }

    @Test
    void rightToLeftCombiningNonBmpNulAndEveryLineEndingRoundTripThroughAReport() throws Exception {
        String pasted = "Hebrew שלום עולם and Arabic مرحبا بالعالم.\r\n"
                + "Combining: cafe\u0301 (é after NFC) and q\u0303 (no precomposed form).\r"
                + "Emoji 😀, family 👨\u200D👩\u200D👧, flag 🇪🇸, math 𝔘𝔫𝔦𝔠𝔬𝔡𝔢.\n"
                + "NUL here:\u0000 and after it.\u0085"
                + "Next line (NEL) above, line separator\u2028and paragraph separator\u2029done.";
        Path project = folder.resolve("odd.factdesk");
        Path report = folder.resolve("odd.json");
        List<Claim> marked;
        String text;
        try (Workspace workspace = Workspace.create(project, SESSION)) {
            String id = workspace.documents().importText("Odd text", pasted, null).id();
            text = workspace.documents().get(id).text();
            assertThat(text).doesNotContain("\r")
                    .contains("café", "q\u0303", "\u0000", "\u0085", "\u2028", "\u2029");
            CodePointIndex index = CodePointIndex.of(text);
            List<String> spans = List.of("שלום עולם", "مرحبا", "café", "q\u0303", "😀", "👨\u200D👩\u200D👧",
                    "🇪🇸", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "here:\u0000 and", "it.\u0085Next", "separator\u2028and");
            for (String span : spans) {
                int start = text.indexOf(span);
                assertThat(start).as(span).isNotNegative();
                workspace.claims().markAtCodePoints(id, ClaimKind.STATEMENT, index.toCodePoints(start),
                        index.toCodePoints(start + span.length()), c -> c.withNote("span " + span));
            }
            marked = workspace.claims().list(id);
            for (Claim claim : marked) {
                assertThat(text.substring(claim.target().start(), claim.target().end()))
                        .isEqualTo(claim.target().exact());
            }
            workspace.reports().exportJson(report);
        }
        try (Workspace copy = Workspace.create(folder.resolve("copy.factdesk"), SESSION)) {
            copy.reports().importReport(report);
            String id = copy.documents().list().get(0).id();
            assertThat(copy.documents().get(id).text()).isEqualTo(text);
            assertThat(copy.claims().list(id)).containsExactlyElementsOf(marked);
        }
    }

    @Test
    void aFullDiskGivesAClearMessageAndKeepsTheProjectAsItWas() throws Exception {
        Path project = projectWithOneClaim();
        List<Claim> claimsBefore;
        List<DocumentInfo> documentsBefore;
        try (Workspace workspace = Workspace.open(project, false, SESSION)) {
            claimsBefore = workspace.claims().list(null);
            documentsBefore = workspace.documents().list();
            DiskLimits.allowOnly(workspace.store(), 2);
            String big = "Un artículo largo que no cabe en el disco. ".repeat(50_000);
            assertThatThrownBy(() -> workspace.documents().importText("Too big", big, null))
                    .isInstanceOf(ServiceException.class).hasMessageContaining("the disk is full");
            String claimId = claimsBefore.get(0).id();
            assertThatThrownBy(() -> workspace.claims().update(claimId, c -> c.withNote("n".repeat(2_000_000))))
                    .isInstanceOf(ServiceException.class).hasMessageContaining("the disk is full");
            assertThat(workspace.claims().list(null)).isEqualTo(claimsBefore);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + project);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
            rows.next();
            assertThat(rows.getString(1)).isEqualTo("ok");
        }
        try (Workspace workspace = Workspace.open(project, false, SESSION)) {
            assertThat(workspace.documents().list()).isEqualTo(documentsBefore);
            assertThat(workspace.claims().list(null)).isEqualTo(claimsBefore);
        }
    }

    private Path projectWithOneClaim() throws Exception {
        Path project = Files.createTempFile(folder, "project-", ".factdesk");
        Files.delete(project);
        try (Workspace workspace = Workspace.create(project, SESSION)) {
            String id = workspace.documents().importText("Artículo", "Casi la mitad de la población estaba "
                    + "desnutrida, dijo el ministro.", null).id();
            workspace.claims().mark(id, ClaimKind.FIGURE, 0, 13);
        }
        return project;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
