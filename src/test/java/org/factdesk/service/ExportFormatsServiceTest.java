package org.factdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.factdesk.model.Attribution;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Evidence;
import org.factdesk.model.Language;
import org.factdesk.model.Verdict;
import org.factdesk.service.ReportService.Publisher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exporting a real project to every format, and W3C annotations back into a project with the same article. */
class ExportFormatsServiceTest {

    @TempDir
    Path dir;

    private static final String TRIP = "hizo un viaje simbólico al sur";

    /** Marks a figure, a statement with its attribution, and an unverified statement on the sample article. */
    private static void markSample(Workspace workspace) throws ServiceException {
        String doc = workspace.documents().list().get(0).id();
        String text = workspace.documents().get(doc).text();
        int figure = text.indexOf("casi la mitad de la población");
        workspace.claims().mark(doc, ClaimKind.FIGURE, figure, figure + "casi la mitad de la población".length());
        Claim figureClaim = workspace.claims().list(doc).get(0);
        workspace.claims().update(figureClaim.id(), c -> c.withVerdict(Verdict.MOSTLY_TRUE)
                .withNote("FAO: 45,5 %").withTags(List.of("salud", "fao"))
                .withEvidence(List.of(new Evidence("https://www.fao.org/x", null, null, null, null))));
        String words = "las sanciones occidentales están funcionando";
        int at = text.indexOf(words);
        Claim statement = workspace.claims().mark(doc, ClaimKind.STATEMENT, at, at + words.length());
        workspace.claims().update(statement.id(), c -> c.withVerdict(Verdict.MISLEADING));
        int quote = text.indexOf("el contacto de apoyo");
        Claim attribution = workspace.claims().mark(doc, ClaimKind.ATTRIBUTION, quote, at + words.length());
        workspace.claims().update(attribution.id(), c -> c.withAttribution(new Attribution("Matthew Miller", null,
                null, null, "dijo", false, statement.id())));
        int unverified = text.indexOf(TRIP);
        workspace.claims().mark(doc, ClaimKind.STATEMENT, unverified, unverified + TRIP.length());
    }

    @Test
    void claimReviewLeavesOutUnverifiedClaimsAndSaysHowMany() throws Exception {
        try (Workspace workspace = WorkspaceFixtures.sample(dir.resolve("p.factdesk"),
                WorkspaceFixtures.at("ana", "2026-11-20T10:00:00Z"))) {
            markSample(workspace);
            workspace.reports().setPublisher(new Publisher("Verificado", "https://verificado.example"));

            ExportResult result = workspace.reports().export(ExportFormat.CLAIMREVIEW, dir.resolve("r.jsonld"),
                    ExportOptions.DEFAULT, Monitor.NONE);

            assertThat(result.claims()).isEqualTo(2);
            assertThat(result.unverifiedLeftOut()).isEqualTo(2);
            String json = Files.readString(dir.resolve("r.jsonld"));
            assertThat(json).contains("\"name\" : \"Matthew Miller\"", "\"alternateName\" : \"Engañoso\"",
                    "\"name\" : \"Verificado\"", "https://verificado.example#claim-");
            assertThat(workspace.reports().publisher()).isEqualTo(new Publisher("Verificado",
                    "https://verificado.example"));
        }
    }

    @Test
    void claimReviewWithoutAnOrganisationSaysWhatToDoAndWritesNothing() throws Exception {
        try (Workspace workspace = WorkspaceFixtures.sample(dir.resolve("p.factdesk"),
                WorkspaceFixtures.at("ana", "2026-11-20T10:00:00Z"))) {
            markSample(workspace);

            assertThatThrownBy(() -> workspace.reports().export(ExportFormat.CLAIMREVIEW, dir.resolve("r.jsonld"),
                    ExportOptions.DEFAULT, Monitor.NONE)).isInstanceOf(ServiceException.class)
                    .hasMessageContaining("set the organisation");
            assertThat(dir.resolve("r.jsonld")).doesNotExist();
        }
    }

    @Test
    void aPublisherAddressMustBeAWebAddress() throws Exception {
        try (Workspace workspace = Workspace.create(dir.resolve("p.factdesk"), WorkspaceFixtures.at("ana",
                "2026-11-20T10:00:00Z"))) {
            assertThatThrownBy(() -> workspace.reports().setPublisher(new Publisher("X", "javascript:alert(1)")))
                    .isInstanceOf(ServiceException.class).hasMessageContaining("http");
            assertThat(workspace.reports().publisher()).isEqualTo(new Publisher("", ""));
        }
    }

    @Test
    void w3cAnnotationsRecreateEveryClaimInAProjectWithTheSameArticle() throws Exception {
        Path annotations = dir.resolve("a.jsonld");
        List<Claim> original;
        try (Workspace ana = WorkspaceFixtures.sample(dir.resolve("ana.factdesk"),
                WorkspaceFixtures.at("ana", "2026-11-20T10:00:00Z"))) {
            markSample(ana);
            original = ana.claims().list(ana.documents().list().get(0).id());
            ExportResult result = ana.reports().export(ExportFormat.W3C, annotations, ExportOptions.DEFAULT,
                    Monitor.NONE);
            assertThat(result.claims()).isEqualTo(4);
        }
        try (Workspace ben = WorkspaceFixtures.sample(dir.resolve("ben.factdesk"),
                WorkspaceFixtures.at("ben", "2026-11-22T10:00:00Z"))) {
            assertThat(ben.reports().isAnnotationFile(annotations)).isTrue();
            AnnotationImportResult result = ben.reports().importAnnotations(annotations);

            assertThat(result.added()).isEqualTo(4);
            assertThat(result.reanchored()).isZero();
            assertThat(result.notPlaced()).isEmpty();
            List<Claim> imported = ben.claims().list(ben.documents().list().get(0).id());
            assertThat(imported).hasSameSizeAs(original);
            for (int i = 0; i < original.size(); i++) {
                Claim was = original.get(i);
                Claim now = imported.get(i);
                assertThat(now.id()).isEqualTo(was.id());
                assertThat(now.kind()).isEqualTo(was.kind());
                assertThat(now.target()).isEqualTo(was.target());
                assertThat(now.verdict()).isEqualTo(was.verdict());
                assertThat(now.note()).isEqualTo(was.note());
                assertThat(now.tags()).isEqualTo(was.tags());
                assertThat(now.evidence()).isEqualTo(was.evidence());
                assertThat(now.author()).isEqualTo("ana");
                assertThat(now.updatedAt()).isEqualTo(was.updatedAt());
            }
            assertThat(imported).filteredOn(c -> c.kind() == ClaimKind.ATTRIBUTION).singleElement()
                    .satisfies(c -> assertThat(c.attribution().speaker()).isEqualTo("Matthew Miller"));

            AnnotationImportResult again = ben.reports().importAnnotations(annotations);
            assertThat(again.added()).isZero();
            assertThat(again.alreadyPresent()).isEqualTo(4);
        }
    }

    @Test
    void w3cAnnotationsAreReanchoredOntoAnEditedArticleAndLostTextIsListed() throws Exception {
        Path annotations = dir.resolve("a.jsonld");
        try (Workspace ana = WorkspaceFixtures.sample(dir.resolve("ana.factdesk"),
                WorkspaceFixtures.at("ana", "2026-11-20T10:00:00Z"))) {
            markSample(ana);
            ana.reports().export(ExportFormat.W3C, annotations, ExportOptions.DEFAULT, Monitor.NONE);
        }
        String text = Files.readString(WorkspaceFixtures.SAMPLE, StandardCharsets.UTF_8);
        Path edited = dir.resolve("edited.txt");
        Files.writeString(edited, "Nota del editor: esta versión corrige el titular.\n"
                + text.replace("el líder norcoreano Kim Jong Un " + TRIP + ", ", "").replace("activamente", "activa"),
                StandardCharsets.UTF_8);
        try (Workspace ben = Workspace.create(dir.resolve("ben.factdesk"), WorkspaceFixtures.at("ben",
                "2026-11-22T10:00:00Z"))) {
            ben.documents().importFiles(List.of(edited), Language.ES);

            AnnotationImportResult result = ben.reports().importAnnotations(annotations);

            assertThat(result.added()).isEqualTo(3);
            assertThat(result.reanchored()).isEqualTo(3);
            assertThat(result.notPlaced()).singleElement().satisfies(n -> {
                assertThat(n.exact()).isEqualTo(TRIP);
                assertThat(n.path()).startsWith("$.first.items[");
            });
            String newText = ben.documents().get(ben.documents().list().get(0).id()).text();
            for (Claim claim : ben.claims().list(ben.documents().list().get(0).id())) {
                assertThat(newText.substring(claim.target().start(), claim.target().end()))
                        .isEqualTo(claim.target().exact());
            }
        }
    }

    @Test
    void annotationsAboutAnArticleNotInTheProjectImportNothing() throws Exception {
        Path annotations = dir.resolve("a.jsonld");
        try (Workspace ana = WorkspaceFixtures.sample(dir.resolve("ana.factdesk"),
                WorkspaceFixtures.at("ana", "2026-11-20T10:00:00Z"))) {
            markSample(ana);
            ana.reports().export(ExportFormat.W3C, annotations, ExportOptions.DEFAULT, Monitor.NONE);
        }
        try (Workspace ben = Workspace.create(dir.resolve("ben.factdesk"), WorkspaceFixtures.at("ben",
                "2026-11-22T10:00:00Z"))) {
            ben.documents().importText("Uno", "Un texto.", Language.ES);
            ben.documents().importText("Dos", "Otro texto.", Language.ES);

            assertThatThrownBy(() -> ben.reports().importAnnotations(annotations))
                    .isInstanceOf(ServiceException.class).hasMessageContaining("Import that article first");
            assertThat(ben.claims().list(ben.documents().list().get(0).id())).isEmpty();
        }
    }

    @Test
    void everyFormatIsWrittenAndCancellingKeepsTheEarlierFile() throws Exception {
        try (Workspace workspace = WorkspaceFixtures.sample(dir.resolve("p.factdesk"),
                WorkspaceFixtures.at("ana", "2026-11-20T10:00:00Z"))) {
            markSample(workspace);
            for (ExportFormat format : List.of(ExportFormat.W3C, ExportFormat.CSV, ExportFormat.HTML,
                    ExportFormat.JSON)) {
                Path out = dir.resolve("out." + format.extension());
                ExportResult result = workspace.reports().export(format, out, new ExportOptions(true, Language.EN,
                        null, null), Monitor.NONE);
                assertThat(result.claims()).as(format.id()).isEqualTo(4);
                assertThat(out).isNotEmptyFile();
            }
            Path html = dir.resolve("out.html");
            String before = Files.readString(html);
            Monitor cancelled = new Monitor() {
                @Override
                public void progress(double fraction) {
                }

                @Override
                public boolean isCancelled() {
                    return true;
                }
            };
            assertThatThrownBy(() -> workspace.reports().export(ExportFormat.HTML, html, ExportOptions.DEFAULT,
                    cancelled)).isInstanceOf(CancelledException.class);
            assertThat(Files.readString(html)).isEqualTo(before);
            try (var files = Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
            }
        }
    }
}
