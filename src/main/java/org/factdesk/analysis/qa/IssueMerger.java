package org.factdesk.analysis.qa;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Merges a grammar checker's issues into ours: a grammar issue that overlaps one of ours of the same nature (both
 * about a repeated word, both about case…) says the same thing twice and is dropped, ours being the more precise.
 */
public final class IssueMerger {

    /** What an issue is about, coarsely, so that two checkers' findings on one span can be compared. */
    enum Nature { REPETITION, CASE, PUNCTUATION, QUOTES, GRAMMAR, NAME, WORDING, OTHER }

    private IssueMerger() {
    }

    /**
     * Merges two lists of issues on the same text.
     *
     * @param ours our own checks' issues
     * @param grammar the grammar checker's issues
     * @return ours and the grammar issues that add something, sorted by position
     */
    public static List<QaIssue> merge(List<QaIssue> ours, List<QaIssue> grammar) {
        List<QaIssue> sortedOurs = new ArrayList<>(ours);
        sortedOurs.sort(Comparator.comparingInt(QaIssue::start));
        List<QaIssue> merged = new ArrayList<>(ours.size() + grammar.size());
        merged.addAll(ours);
        for (QaIssue issue : grammar) {
            if (!saidAlready(issue, sortedOurs)) {
                merged.add(issue);
            }
        }
        merged.sort(Comparator.comparingInt(QaIssue::start).thenComparingInt(QaIssue::end)
                .thenComparing(QaIssue::check));
        return merged;
    }

    private static boolean saidAlready(QaIssue grammar, List<QaIssue> sortedOurs) {
        Nature nature = natureOf(grammar.check());
        // ours are sorted by start: only those starting before the grammar issue ends can overlap it
        int high = firstStartingAtOrAfter(sortedOurs, Math.max(grammar.end(), grammar.start() + 1));
        for (int i = high - 1; i >= 0; i--) {
            QaIssue ourIssue = sortedOurs.get(i);
            if (overlaps(ourIssue, grammar) && natureOf(ourIssue.check()) == nature) {
                return true;
            }
            if (ourIssue.end() + MAX_ISSUE_LENGTH < grammar.start()) {
                break;
            }
        }
        return false;
    }

    /** Issues longer than this (a whole missing paragraph) are rare; the backward scan stops there. */
    private static final int MAX_ISSUE_LENGTH = 2_000;

    private static int firstStartingAtOrAfter(List<QaIssue> sorted, int offset) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted.get(mid).start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static boolean overlaps(QaIssue a, QaIssue b) {
        if (a.start() == a.end() || b.start() == b.end()) {
            return a.start() <= b.end() && b.start() <= a.end();
        }
        return a.start() < b.end() && b.start() < a.end();
    }

    /** The nature of one of our checks, or of a LanguageTool rule from its id. */
    static Nature natureOf(String check) {
        String id = check.toUpperCase(Locale.ROOT);
        if (id.startsWith(LanguageToolChecker.PREFIX.toUpperCase(Locale.ROOT))) {
            return ruleNature(id.substring(LanguageToolChecker.PREFIX.length()));
        }
        return switch (check) {
            case RepeatedWordCheck.ID -> Nature.REPETITION;
            case LowercaseStartCheck.ID, CapitalisedWordCheck.ID -> Nature.CASE;
            case DoublePunctuationCheck.ID -> Nature.PUNCTUATION;
            case UnbalancedQuotesCheck.ID, MixedQuotesCheck.ID, QuoteMismatchCheck.ID -> Nature.QUOTES;
            case ContractionCheck.ID, FragmentCheck.ID, DanglingParticipleCheck.ID -> Nature.GRAMMAR;
            case NameVariantCheck.ID, SplitNameCheck.ID -> Nature.NAME;
            case UntranslatedWordCheck.ID, EditorialNoteCheck.ID -> Nature.WORDING;
            default -> Nature.OTHER;
        };
    }

    private static Nature ruleNature(String rule) {
        if (rule.contains("REPEAT") || rule.contains("DUPLICA") || rule.contains("REPETI")) {
            return Nature.REPETITION;
        }
        if (rule.contains("UPPERCASE") || rule.contains("MAYUSCULA") || rule.contains("CASE")
                || rule.contains("CAPITAL")) {
            return Nature.CASE;
        }
        if (rule.contains("QUOT") || rule.contains("COMILLAS") || rule.contains("UNPAIRED")
                || rule.contains("BRACKETS")) {
            return Nature.QUOTES;
        }
        if (rule.contains("PUNCT") || rule.contains("DOUBLE") || rule.contains("COMMA") || rule.contains("PERIOD")
                || rule.contains("WHITESPACE") || rule.contains("PUNTO")) {
            return Nature.PUNCTUATION;
        }
        if (rule.contains("DE_EL") || rule.contains("A_EL") || rule.contains("CONTRAC")) {
            return Nature.GRAMMAR;
        }
        return Nature.OTHER;
    }
}
