package org.factdesk.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.factdesk.model.Document;
import org.factdesk.model.Ids;
import org.factdesk.model.Language;
import org.factdesk.text.ArticleImporter;
import org.factdesk.text.CodePointIndex;
import org.factdesk.text.ImportException;
import org.factdesk.text.ImportedArticle;

/** Importing articles into a project and finding them again. */
public final class DocumentService {

    private final Workspace workspace;
    private final ArticleImporter importer = new ArticleImporter();
    /**
     * The documents read last. A document's text never changes, so marking a claim on a 5 MB article need not read
     * it again from the file each time.
     */
    private final Map<String, Document> recent = new LinkedHashMap<>(8, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Document> eldest) {
            return size() > 4;
        }
    };

    DocumentService(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * Imports article files (text, Markdown, HTML) as one action: every file is read and checked first, so a bad
     * file leaves the project unchanged. An article already in the project (same SHA-256) is not imported twice.
     *
     * @param language the language to record, or {@code null} to detect it from each text
     */
    public List<DocumentInfo> importFiles(List<Path> files, Language language) throws ServiceException {
        return importFiles(files, language, Monitor.NONE);
    }

    /** As {@link #importFiles(List, Language)}, reporting progress per file; cancelling imports nothing. */
    public List<DocumentInfo> importFiles(List<Path> files, Language language, Monitor monitor)
            throws ServiceException {
        List<ImportedArticle> articles = new ArrayList<>();
        for (Path file : files) {
            monitor.checkCancelled();
            try {
                articles.add(importer.importFile(file));
            } catch (ImportException e) {
                throw new ServiceException(e.getMessage(), e);
            }
            monitor.progress(0.9 * articles.size() / files.size());
        }
        monitor.checkCancelled();
        return store(articles, language);
    }

    /** Imports pasted text as a new article. */
    public DocumentInfo importText(String title, String text, Language language) throws ServiceException {
        try {
            return store(List.of(importer.importText(text, title)), language).get(0);
        } catch (ImportException e) {
            throw new ServiceException(e.getMessage(), e);
        }
    }

    /** Imports an article given as bytes (dropped, or shipped inside Factdesk), with its own title if given. */
    public DocumentInfo importBytes(byte[] bytes, String fileName, String title, Language language)
            throws ServiceException {
        try {
            ImportedArticle article = importer.importBytes(bytes, fileName);
            if (title != null) {
                article = new ImportedArticle(title, article.text(), article.language(), article.source(),
                        article.sha256(), article.paragraphs(), article.charset());
            }
            return store(List.of(article), language).get(0);
        } catch (ImportException e) {
            throw new ServiceException(e.getMessage(), e);
        }
    }

    private List<DocumentInfo> store(List<ImportedArticle> articles, Language language) throws ServiceException {
        return workspace.write(null, audit -> {
            List<DocumentInfo> imported = new ArrayList<>();
            for (ImportedArticle article : articles) {
                Optional<Document> existing = workspace.store().documents().findBySha256(article.sha256());
                if (existing.isPresent()) {
                    imported.add(info(existing.get(), true));
                    continue;
                }
                Document document = new Document(Ids.newId(), article.title(),
                        language != null ? language : article.language(), article.source(), article.sha256(),
                        article.text(), article.paragraphs(), audit.at(), null);
                workspace.store().documents().insert(document);
                audit.documentAdded(document);
                imported.add(info(document, false));
            }
            return imported;
        });
    }

    /** Every document of the project, in the order they were imported. */
    public List<DocumentInfo> list() {
        // From the summaries alone: listing must not read every article's text.
        return afterPredecessors(workspace.store().documents().list().stream().map(d -> new DocumentInfo(d.id(),
                d.title(), d.language().code(), d.source(), d.sha256(), d.codePointLength(), d.paragraphCount(),
                d.importedAt(), d.previousVersionId(), false)).toList());
    }

    /** The documents in import order, except that each new version follows right after the one it replaces. */
    static List<DocumentInfo> afterPredecessors(List<DocumentInfo> documents) {
        Map<String, List<DocumentInfo>> versions = new HashMap<>();
        Set<String> ids = new HashSet<>();
        documents.forEach(d -> ids.add(d.id()));
        for (DocumentInfo document : documents) {
            if (document.previousVersionId() != null && ids.contains(document.previousVersionId())) {
                versions.computeIfAbsent(document.previousVersionId(), k -> new ArrayList<>()).add(document);
            }
        }
        List<DocumentInfo> ordered = new ArrayList<>(documents.size());
        Set<String> placed = new HashSet<>();
        for (DocumentInfo document : documents) {
            boolean isVersion = document.previousVersionId() != null && ids.contains(document.previousVersionId());
            if (!isVersion) {
                placeWithVersions(document, versions, placed, ordered);
            }
        }
        // a cycle of versions cannot be made by Factdesk, but a hand-edited file must not lose documents
        documents.stream().filter(d -> !placed.contains(d.id())).forEach(ordered::add);
        return ordered;
    }

    private static void placeWithVersions(DocumentInfo document, Map<String, List<DocumentInfo>> versions,
            Set<String> placed, List<DocumentInfo> ordered) {
        if (!placed.add(document.id())) {
            return;
        }
        ordered.add(document);
        for (DocumentInfo version : versions.getOrDefault(document.id(), List.of())) {
            placeWithVersions(version, versions, placed, ordered);
        }
    }

    /** The document with this id, or with the only id that starts with it. */
    public Document get(String idOrPrefix) throws ServiceException {
        Document cached = recent.get(idOrPrefix);
        if (cached != null) {
            return cached;
        }
        String id = resolveId(idOrPrefix);
        Document document = workspace.store().documents().find(id)
                .orElseThrow(() -> new ServiceException("No document " + idOrPrefix + " in this project."));
        recent.put(id, document);
        return document;
    }

    /** The full id of the document this id or unique prefix names. */
    public String resolveId(String idOrPrefix) throws ServiceException {
        return IdPrefixes.resolve("document", idOrPrefix, workspace.store().documents().idsStartingWith(idOrPrefix),
                "Run `factdesk documents` to list them.");
    }

    /** Drops a document from the cache of recent ones, when undo removes it from the project. */
    void forget(String id) {
        recent.remove(id);
    }

    /** Reads and normalises an article file without adding it to the project. */
    ImportedArticle read(Path file) throws ServiceException {
        try {
            return importer.importFile(file);
        } catch (ImportException e) {
            throw new ServiceException(e.getMessage(), e);
        }
    }

    static DocumentInfo info(Document document, boolean alreadyPresent) {
        return new DocumentInfo(document.id(), document.title(), document.language().code(), document.source(),
                document.sha256(), CodePointIndex.of(document.text()).codePointLength(), document.paragraphs().size(),
                document.importedAt(), document.previousVersionId(), alreadyPresent);
    }
}
