package org.factdesk.analysis.qa;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.factdesk.model.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Translation review: runs the checks on a translation alone, or on a translation beside its source, and returns the
 * slips found, sorted by position, each span once per check. Stateless and thread-safe; never throws on any text.
 */
public final class TranslationChecker {

    private static final Logger LOG = LoggerFactory.getLogger(TranslationChecker.class);

    /** Ids of the checks on the translation alone, in the order they run. */
    static final List<String> TARGET_CHECK_IDS = List.of(RepeatedWordCheck.ID, NameVariantCheck.ID,
            SplitNameCheck.ID, ContractionCheck.ID, DoublePunctuationCheck.ID, LowercaseStartCheck.ID,
            CapitalisedWordCheck.ID, UnbalancedQuotesCheck.ID, MixedQuotesCheck.ID, FragmentCheck.ID,
            DanglingParticipleCheck.ID, EditorialNoteCheck.ID, UntranslatedWordCheck.ID);

    /** Ids of the checks against the source. */
    static final List<String> SOURCE_CHECK_IDS = List.of(SourceNumberCheck.MISMATCH, SourceNumberCheck.MISSING,
            SourceNameCheck.MISMATCH, SourceNameCheck.MISSING, SourceSegmentCheck.MISSING, SourceSegmentCheck.ADDED,
            UntranslatedSegmentCheck.ID, QuoteMismatchCheck.ID);

    private final List<QaCheck> targetChecks;
    private final List<QaCheck> sourceChecks;
    private final boolean strict;

    public TranslationChecker() {
        this(false);
    }

    /** With {@code strict}, a failing check throws instead of being logged and skipped: for tests. */
    TranslationChecker(boolean strict) {
        this.strict = strict;
        this.targetChecks = List.of(new RepeatedWordCheck(), new NameVariantCheck(), new SplitNameCheck(),
                new ContractionCheck(), new DoublePunctuationCheck(), new LowercaseStartCheck(),
                new CapitalisedWordCheck(), new UnbalancedQuotesCheck(), new MixedQuotesCheck(), new FragmentCheck(),
                new DanglingParticipleCheck(), new EditorialNoteCheck(), new UntranslatedWordCheck());
        this.sourceChecks = List.of(new SourceNumberCheck(), new SourceNameCheck(), new SourceSegmentCheck(),
                new UntranslatedSegmentCheck(), new QuoteMismatchCheck());
    }

    /**
     * Checks a translation on its own.
     *
     * @param target the translated text (normalised: LF line breaks, one paragraph per line)
     * @param targetLanguage its language; anything but Spanish is checked as English
     * @param uiLocale the language of the messages (English unless Spanish is asked for)
     * @return the issues, sorted by start offset (UTF-16 offsets into {@code target})
     */
    public List<QaIssue> check(String target, Language targetLanguage, Locale uiLocale) {
        return check(target, targetLanguage, null, null, uiLocale);
    }

    /**
     * Checks a translation beside its source: everything {@link #check(String, Language, Locale)} does, plus the
     * checks that compare aligned paragraphs and sentences (numbers, names, missing, added or untranslated
     * segments, quotations).
     *
     * @param target the translated text
     * @param targetLanguage its language
     * @param source the original text, or {@code null} to check the translation alone
     * @param sourceLanguage the original's language
     * @param uiLocale the language of the messages
     * @return the issues, sorted by start offset (UTF-16 offsets into {@code target})
     */
    public List<QaIssue> check(String target, Language targetLanguage, String source, Language sourceLanguage,
            Locale uiLocale) {
        String text = Objects.requireNonNullElse(target, "");
        Language language = targetLanguage == null ? Language.UNDETERMINED : targetLanguage;
        TextModel model = new TextModel(text, Lexicon.of(language));
        SourceAlignment alignment = null;
        if (source != null && !source.isBlank()) {
            Language original = sourceLanguage == null ? Language.UNDETERMINED : sourceLanguage;
            try {
                alignment = SourceAlignment.align(new TextModel(source, Lexicon.of(original)), model);
            } catch (RuntimeException e) {
                if (strict) {
                    throw e;
                }
                LOG.warn("Unable to align the translation with its source; source checks skipped", e);
            }
        }
        CheckContext context = new CheckContext(model, language, alignment, uiLocale);
        List<QaIssue> found = new ArrayList<>();
        runAll(targetChecks, context, found);
        if (alignment != null) {
            runAll(sourceChecks, context, found);
        }
        return sortedAndUnique(found, text.length());
    }

    private void runAll(List<QaCheck> checks, CheckContext context, List<QaIssue> found) {
        for (QaCheck check : checks) {
            try {
                found.addAll(check.run(context));
            } catch (RuntimeException e) {
                if (strict) {
                    throw e;
                }
                // one faulty check must not cost the user the others' findings
                LOG.warn("Translation check {} failed; its findings are left out", check.getClass().getSimpleName(), e);
            }
        }
    }

    private static List<QaIssue> sortedAndUnique(List<QaIssue> found, int length) {
        found.sort(Comparator.comparingInt(QaIssue::start).thenComparingInt(QaIssue::end)
                .thenComparing(QaIssue::check));
        Set<String> seen = new HashSet<>();
        List<QaIssue> unique = new ArrayList<>(found.size());
        for (QaIssue issue : found) {
            if (issue.end() > length) {
                LOG.warn("Dropping issue {} outside the text", issue);
                continue;
            }
            if (seen.add(issue.check() + ':' + issue.start() + ':' + issue.end())) {
                unique.add(issue);
            }
        }
        return unique;
    }
}
