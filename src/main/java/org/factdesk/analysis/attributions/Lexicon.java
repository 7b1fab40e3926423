package org.factdesk.analysis.attributions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factdesk.model.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The word lists of attribution detection for one language, read once from the bundled classpath resources. */
final class Lexicon {

    private static final Logger LOG = LoggerFactory.getLogger(Lexicon.class);

    private static final Lexicon SPANISH = new Lexicon(List.of("es"));
    private static final Lexicon ENGLISH = new Lexicon(List.of("en"));
    private static final Lexicon BOTH = new Lexicon(List.of("es", "en"));

    /** Speech verbs in their reporting forms: "dijo", "ha afirmado", "said", "has told". */
    final PhraseTrie cues;
    /** Phrases that introduce a source: "según", "de acuerdo con", "according to". */
    final PhraseTrie sources;
    /** {@link #sources} (the first set) and {@link #cues} (the second) in one trie: every word is tried as both. */
    final PhraseTrie sourcesAndCues;
    final Set<String> stopwords;
    final Set<String> titles;
    final Set<String> orgWords;
    /** Nouns that can head a description of a speaker ("expertos", "the professor"). */
    final Set<String> speakerNouns;
    /** The subset of {@link #speakerNouns} that name organisations ("la organización", "the company"). */
    final Set<String> orgNouns;
    final boolean english;
    final boolean spanish;

    private Lexicon(List<String> languages) {
        List<String> cueForms = new ArrayList<>();
        List<String> sourceForms = new ArrayList<>();
        Set<String> nouns = new HashSet<>();
        Set<String> organisations = new HashSet<>();
        for (String code : languages) {
            cueForms.addAll(lines("cues-" + code + ".txt"));
            sourceForms.addAll(lines("sources-" + code + ".txt"));
            for (String line : lines("nouns-" + code + ".txt")) {
                String[] parts = line.split("\\s+");
                nouns.add(parts[0]);
                if (parts.length > 1 && parts[1].equals("*")) {
                    organisations.add(parts[0]);
                }
            }
        }
        this.cues = new PhraseTrie(cueForms);
        this.sources = new PhraseTrie(sourceForms);
        this.sourcesAndCues = new PhraseTrie(sourceForms, cueForms);
        this.speakerNouns = Set.copyOf(nouns);
        this.orgNouns = Set.copyOf(organisations);
        this.stopwords = words("stopwords.txt");
        this.titles = words("titles.txt");
        this.orgWords = words("orgwords.txt");
        this.english = languages.contains("en");
        this.spanish = languages.contains("es");
    }

    static Lexicon of(Language language) {
        if (language == Language.ES) {
            return SPANISH;
        }
        return language == Language.EN ? ENGLISH : BOTH;
    }

    private static Set<String> words(String resource) {
        Set<String> words = new HashSet<>();
        for (String line : lines(resource)) {
            for (String word : line.split("\\s+")) {
                words.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(words);
    }

    /** The non-blank, non-comment lines of a bundled word list; an empty list (logged) if it cannot be read. */
    private static List<String> lines(String resource) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                LOG.error("Word list {} is missing from the classpath; attribution detection will miss cues", resource);
                return lines;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    lines.add(trimmed.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            LOG.error("Unable to read word list {}", resource, e);
        }
        return lines;
    }
}
