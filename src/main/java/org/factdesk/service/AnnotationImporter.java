package org.factdesk.service;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factdesk.model.Attribution;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Document;
import org.factdesk.model.Evidence;
import org.factdesk.model.Figure;
import org.factdesk.model.Ids;
import org.factdesk.model.Origin;
import org.factdesk.model.Target;
import org.factdesk.report.AnnotatedClaim;
import org.factdesk.report.AnnotationReader;
import org.factdesk.report.AnnotationWriter;
import org.factdesk.report.ReportFormatException;
import org.factdesk.service.AnnotationImportResult.NotPlaced;
import org.factdesk.store.DocumentSummary;
import org.factdesk.text.Anchorer;
import org.factdesk.text.Anchoring;
import org.factdesk.text.CodePointIndex;

/**
 * Imports a W3C Web Annotation file into a project whose articles are already there: each annotation becomes a
 * claim on the article it targets, placed by DESIGN.md's anchoring (so an article whose text changed a little still
 * gets its claims back).
 */
final class AnnotationImporter {

    private final Workspace workspace;

    AnnotationImporter(Workspace workspace) {
        this.workspace = workspace;
    }

    AnnotationImportResult importFile(Path file) throws ServiceException {
        List<AnnotatedClaim> annotations;
        try {
            annotations = new AnnotationReader().read(file);
        } catch (ReportFormatException e) {
            throw new ServiceException(e.getMessage() + " — nothing was imported.", e);
        }
        Map<String, Document> bySource = new HashMap<>();
        for (AnnotatedClaim annotation : annotations) {
            if (!bySource.containsKey(annotation.source())) {
                bySource.put(annotation.source(), document(annotation, file));
            }
        }
        return workspace.write(null, audit -> {
            int added = 0;
            int reanchored = 0;
            int present = 0;
            List<NotPlaced> notPlaced = new ArrayList<>();
            Instant now = workspace.session().now();
            for (AnnotatedClaim annotation : annotations) {
                if (annotation.claimId() != null
                        && workspace.store().claims().find(annotation.claimId()).isPresent()) {
                    present++;
                    continue;
                }
                Document document = bySource.get(annotation.source());
                Anchoring anchoring = Anchorer.anchor(expected(annotation, document.text()), document.text());
                if (anchoring.isOrphan()) {
                    notPlaced.add(new NotPlaced(annotation.path(), annotation.exact()));
                    continue;
                }
                if (anchoring.method() != Anchoring.Method.POSITION) {
                    reanchored++;
                }
                Claim claim = claim(annotation, document.id(), anchoring.target(), now);
                workspace.store().claims().insert(claim);
                audit.claimAdded(claim);
                added++;
            }
            return new AnnotationImportResult(added, reanchored, present, notPlaced);
        });
    }

    /** The article an annotation targets: by Factdesk's document IRI, by source or URL, or the project's only one. */
    private Document document(AnnotatedClaim annotation, Path file) throws ServiceException {
        String source = annotation.source();
        if (source.startsWith(AnnotationWriter.DOCUMENT_IRI)) {
            Optional<Document> byId = workspace.store().documents()
                    .find(source.substring(AnnotationWriter.DOCUMENT_IRI.length()));
            if (byId.isPresent()) {
                return byId.get();
            }
        }
        List<DocumentSummary> documents = workspace.store().documents().list();
        for (DocumentSummary summary : documents) {
            Document document = workspace.store().documents().find(summary.id()).orElseThrow();
            if (source.equals(document.source()) || source.equals(workspace.reports().publication(document).url())) {
                return document;
            }
        }
        if (documents.size() == 1) {
            return workspace.store().documents().find(documents.get(0).id()).orElseThrow();
        }
        throw new ServiceException(file.getFileName() + ": " + annotation.path() + ".target.source: the annotations "
                + "are about " + source + ", which is no article of this project. Import that article first "
                + "(File ▸ Import article, or factdesk import). Nothing was imported.");
    }

    /** Where the file says the annotation is, in UTF-16 of this text, as a target to anchor from. */
    private static Target expected(AnnotatedClaim annotation, String text) {
        CodePointIndex index = CodePointIndex.of(text);
        int start = 0;
        if (annotation.start() != null && annotation.start() <= index.codePointLength()) {
            start = index.toUtf16(annotation.start());
        }
        return new Target(start, start + annotation.exact().length(), annotation.exact(), annotation.prefix(),
                annotation.suffix());
    }

    private Claim claim(AnnotatedClaim annotation, String documentId, Target target, Instant now) {
        Instant created = annotation.created() != null ? annotation.created() : now;
        Instant updated = annotation.modified() != null ? annotation.modified() : created;
        String author = annotation.author().isBlank() ? workspace.session().author() : annotation.author();
        ClaimKind kind = annotation.kind();
        Attribution attribution = kind != ClaimKind.ATTRIBUTION ? null
                : annotation.speaker() == null ? Attribution.empty() : Attribution.empty()
                        .withSpeaker(annotation.speaker());
        List<Evidence> evidence = annotation.evidenceUrls().stream()
                .map(url -> new Evidence(url, null, null, null, null)).toList();
        return new Claim(annotation.claimId() != null ? annotation.claimId() : Ids.newId(), documentId, kind, target,
                annotation.verdict(), annotation.note(), annotation.tags(), evidence, author, created, updated,
                Origin.MANUAL, attribution, kind == ClaimKind.FIGURE ? Figure.empty() : null, null);
    }
}
