package org.factdesk.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.factdesk.analysis.AnalysedText;
import org.factdesk.analysis.attributions.AttributionDetector;
import org.factdesk.analysis.attributions.AttributionMatch;
import org.factdesk.analysis.figures.FigureDetector;
import org.factdesk.analysis.figures.FigureMatch;
import org.factdesk.analysis.qa.IssueMerger;
import org.factdesk.analysis.qa.QaIssue;
import org.factdesk.analysis.qa.TranslationChecker;
import org.factdesk.analysis.statements.StatementMatch;
import org.factdesk.analysis.statements.StatementScorer;
import org.factdesk.model.Attribution;
import org.factdesk.model.Figure;
import org.factdesk.model.Language;
import org.factdesk.text.ArticleImporter;
import org.factdesk.text.CodePointIndex;
import org.factdesk.text.ImportException;
import org.factdesk.text.ImportedArticle;

/**
 * Reads an article and suggests the claims a fact-checker would mark (figures, attributions, check-worthy
 * statements), and reviews a translation. Works on files, without a project; offsets leave as code points.
 */
public final class AnalysisService {

    private final ArticleImporter importer = new ArticleImporter();
    private final FigureDetector figures = new FigureDetector();
    private final AttributionDetector attributions = new AttributionDetector();
    private final StatementScorer statements = new StatementScorer();
    private final TranslationChecker checker = new TranslationChecker();

    /**
     * Suggests claims in an article file.
     *
     * @param language the article's language, or {@code null} to detect it
     */
    public AnalysisResult analyze(Path file, Language language) throws ServiceException {
        ImportedArticle article = read(file);
        Language lang = language != null ? language : article.language();
        String text = article.text();
        CodePointIndex index = CodePointIndex.of(text);
        // one segmentation shared by the attributions and the statements
        AnalysedText analysed = new AnalysedText(text, lang);
        List<SuggestionView> suggestions = new ArrayList<>();
        for (FigureMatch match : figures.find(text, lang)) {
            Figure f = match.figure();
            suggestions.add(new SuggestionView("figure", index.toCodePoints(match.start()),
                    index.toCodePoints(match.end()), text.substring(match.start(), match.end()),
                    new SuggestionView.FigureView(f.value(), f.unit(), f.type() == null ? null : f.type().id(),
                            f.qualifier() == null ? null : f.qualifier().id(),
                            f.normalized()), null, null, null, null, null, null));
        }
        for (AttributionMatch match : attributions.find(analysed)) {
            Attribution a = match.attribution();
            suggestions.add(new SuggestionView("attribution", index.toCodePoints(match.start()),
                    index.toCodePoints(match.end()), text.substring(match.start(), match.end()), null, a.speaker(),
                    a.speakerStart() == null ? null : index.toCodePoints(a.speakerStart()),
                    a.speakerEnd() == null ? null : index.toCodePoints(a.speakerEnd()), a.cue(), a.direct(), null));
        }
        for (StatementMatch match : statements.proposals(analysed)) {
            suggestions.add(new SuggestionView("statement", index.toCodePoints(match.start()),
                    index.toCodePoints(match.end()), text.substring(match.start(), match.end()), null, null, null,
                    null, null, null, Math.round(match.score() * 1000) / 1000.0));
        }
        suggestions.sort(Comparator.comparingInt(SuggestionView::start).thenComparingInt(SuggestionView::end));
        return new AnalysisResult(new AnalysisResult.DocumentSummary(file.getFileName().toString(), lang.code(),
                index.codePointLength()), suggestions);
    }

    /**
     * Reviews a translation, alone or against its source.
     *
     * @param source the original, or {@code null}
     * @param uiLocale the language of the messages
     */
    public QaResult review(Path target, Language targetLanguage, Path source, Locale uiLocale)
            throws ServiceException {
        return review(target, targetLanguage, source, uiLocale, false);
    }

    /**
     * Reviews a translation, alone or against its source, optionally adding the grammar checker's findings
     * (LanguageTool: seconds to start, then slower than our own checks).
     *
     * @param withGrammar whether to run the grammar checker too
     */
    public QaResult review(Path target, Language targetLanguage, Path source, Locale uiLocale, boolean withGrammar)
            throws ServiceException {
        ImportedArticle translation = read(target);
        Language lang = targetLanguage != null ? targetLanguage : translation.language();
        String text = translation.text();
        List<QaIssue> issues;
        if (source == null) {
            issues = checker.check(text, lang, uiLocale);
        } else {
            ImportedArticle original = read(source);
            issues = checker.check(text, lang, original.text(), original.language(), uiLocale);
        }
        if (withGrammar) {
            issues = IssueMerger.merge(issues, GrammarService.shared().check(text, lang, uiLocale, Monitor.NONE));
        }
        CodePointIndex index = CodePointIndex.of(text);
        return new QaResult(issues.stream().map(issue -> new QaIssueView(issue.check(),
                index.toCodePoints(issue.start()), index.toCodePoints(issue.end()),
                text.substring(issue.start(), issue.end()), issue.message(), issue.suggestion(),
                issue.severity().id())).toList());
    }

    private ImportedArticle read(Path file) throws ServiceException {
        try {
            return importer.importFile(file);
        } catch (ImportException e) {
            throw new ServiceException(e.getMessage(), e);
        }
    }
}
