package org.factdesk.analysis.qa;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.factdesk.model.Language;

/** The word lists of one language that the checks consult, read once from the bundled lexicon files. */
final class Lexicon {

    private static final Map<Language, Lexicon> CACHE = new EnumMap<>(Language.class);

    private final Language language;
    private final Map<String, Set<String>> sections;
    private final Set<String> verbForms;

    private Lexicon(Language language, Map<String, Set<String>> sections) {
        this.language = language;
        this.sections = sections;
        Set<String> forms = new HashSet<>(section("verb-form"));
        if (language == Language.ES) {
            for (String infinitive : section("infinitive")) {
                SpanishConjugator.addFiniteForms(infinitive, forms);
            }
        }
        this.verbForms = Set.copyOf(forms);
    }

    /** The lexicon of a language; English stands in for an undetermined one. */
    static synchronized Lexicon of(Language language) {
        Language wanted = language == Language.ES ? Language.ES : Language.EN;
        return CACHE.computeIfAbsent(wanted, l -> new Lexicon(l, load("lexicon_" + l.code() + ".txt")));
    }

    Language language() {
        return language;
    }

    boolean isSpanish() {
        return language == Language.ES;
    }

    Set<String> section(String name) {
        return sections.getOrDefault(name, Set.of());
    }

    boolean has(String section, String lowerWord) {
        return section(section).contains(lowerWord);
    }

    /** A finite verb form this lexicon knows (listed, or generated from a listed infinitive). */
    boolean isKnownVerbForm(String lowerWord) {
        return verbForms.contains(lowerWord);
    }

    private static Map<String, Set<String>> load(String resource) {
        Map<String, Set<String>> result = new HashMap<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing bundled word list " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Set<String> current = null;
            String line;
            while ((line = reader.readLine()) != null) {
                int hash = line.indexOf('#');
                String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (content.isEmpty()) {
                    continue;
                }
                if (content.startsWith("[") && content.endsWith("]")) {
                    current = result.computeIfAbsent(content.substring(1, content.length() - 1), k -> new HashSet<>());
                    continue;
                }
                if (current == null) {
                    throw new IllegalStateException("Word outside a [section] in " + resource + ": " + content);
                }
                for (String word : content.split("\\s+")) {
                    current.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Unable to read bundled word list " + resource, e);
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        result.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return Map.copyOf(frozen);
    }
}
