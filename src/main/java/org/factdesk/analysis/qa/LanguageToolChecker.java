package org.factdesk.analysis.qa;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.factdesk.model.Language;
import org.factdesk.model.Severity;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.Categories;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link GrammarChecker} over LanguageTool's Spanish and English rules, offline. One LanguageTool instance per
 * language, made on first use (about two seconds) and reused; LanguageTool instances are not thread-safe, so each is used by one
 * thread at a time. Dictionary spelling rules and name-spelling rules are off: in news text they flag every foreign
 * name, and our own untranslated-word and name-variant checks cover what matters in a translation.
 */
public final class LanguageToolChecker implements GrammarChecker {

    /** The prefix of every check id this checker reports ("languagetool:ES_DE_EL"). */
    public static final String PREFIX = "languagetool:";

    private static final Logger LOG = LoggerFactory.getLogger(LanguageToolChecker.class);

    private static final Set<String> SERIOUS = Set.of(Categories.GRAMMAR.getId().toString(),
            Categories.CONFUSED_WORDS.getId().toString(), Categories.SEMANTICS.getId().toString(),
            Categories.TYPOS.getId().toString(), Categories.CASING.getId().toString(),
            Categories.PUNCTUATION.getId().toString());

    /**
     * Rules that check names against a list of "famous" spellings or spell multi-word names: in news text they flag
     * correct transliterations ("Vladimir Putin", "Sergei Shoigu", "Kim Jong Un"), which is noise in a review.
     */
    private static final Set<String> NAME_SPELLING_RULES = Set.of("PERSONAJES_FAMOSOS", "ES_MULTITOKEN_SPELLING_TWO",
            "ES_MULTITOKEN_SPELLING_THREE", "ES_MULTITOKEN_SPELLING_FOUR", "JONG_UN");

    private final Map<Language, JLanguageTool> tools = new EnumMap<>(Language.class);

    @Override
    public boolean supports(Language language) {
        return language == Language.ES || language == Language.EN;
    }

    @Override
    public void warmUp(Language language) {
        if (supports(language)) {
            JLanguageTool tool = tool(language);
            synchronized (tool) {
                check(tool, "Hola.");
            }
        }
    }

    @Override
    public List<QaIssue> check(String text, Language language, Locale uiLocale) {
        if (!supports(language) || text == null || text.isBlank()) {
            return List.of();
        }
        JLanguageTool tool = tool(language);
        List<RuleMatch> matches;
        synchronized (tool) {
            matches = check(tool, text);
        }
        List<QaIssue> issues = new ArrayList<>(matches.size());
        for (RuleMatch match : matches) {
            if (match.getFromPos() < 0 || match.getToPos() < match.getFromPos() || match.getToPos() > text.length()) {
                continue;
            }
            List<String> replacements = match.getSuggestedReplacements();
            String message = plain(match.getMessage());
            issues.add(new QaIssue(PREFIX + match.getRule().getId(), match.getFromPos(), match.getToPos(),
                    message.isBlank() ? match.getRule().getDescription() : message,
                    replacements.isEmpty() ? null : replacements.get(0), severity(match.getRule())));
        }
        return issues;
    }

    private static List<RuleMatch> check(JLanguageTool tool, String text) {
        try {
            return tool.check(text);
        } catch (IOException e) {
            throw new IllegalStateException("LanguageTool could not read its rules", e);
        }
    }

    private synchronized JLanguageTool tool(Language language) {
        return tools.computeIfAbsent(language, l -> {
            long started = System.nanoTime();
            JLanguageTool tool = new JLanguageTool(Languages.getLanguageForShortCode(l.code()));
            for (Rule rule : tool.getAllActiveRules()) {
                if (rule.isDictionaryBasedSpellingRule() || NAME_SPELLING_RULES.contains(rule.getId())) {
                    tool.disableRule(rule.getId());
                }
            }
            LOG.info("LanguageTool ({}) ready in {} ms", l.code(), (System.nanoTime() - started) / 1_000_000);
            return tool;
        });
    }

    /** Grammar, confusions, typos, case and punctuation can change the meaning or break a name; the rest are hints. */
    static Severity severity(Rule rule) {
        return rule.getCategory() != null && SERIOUS.contains(rule.getCategory().getId().toString())
                ? Severity.WARNING : Severity.INFO;
    }

    /** LanguageTool marks suggestions in messages as {@code <suggestion>…</suggestion>}; we show them as quotes. */
    private static String plain(String message) {
        return message == null ? "" : message.replace("<suggestion>", "“").replace("</suggestion>", "”");
    }
}
