package org.factdesk.text;

import java.util.Locale;
import java.util.Set;
import org.factdesk.model.Language;

/**
 * Tells Spanish from English by counting their most frequent function words in the first
 * {@value #SAMPLE_CHARS} chars of a text: fast, deterministic, and good enough to choose rules and locale. Text that
 * is short, in another language, or too close to call is {@link Language#UNDETERMINED}; the user can override.
 */
public final class LanguageDetector {

    static final int SAMPLE_CHARS = 20_000;
    /** Fewer function words than this is too little evidence. */
    private static final int MIN_HITS = 3;
    /** The winner's function words must make up at least this share (percent) of all words… */
    private static final int MIN_SHARE = 12;
    /** …and be at least this many times as frequent as the other language's. */
    private static final int MIN_RATIO = 2;

    // Words both languages use ("a", "no", "me", "he", "son", "has", "sin") are left out of both lists.
    private static final Set<String> SPANISH = Set.of(
            "de", "la", "que", "el", "en", "y", "los", "del", "se", "las", "por", "un", "para", "con", "una", "su",
            "al", "es", "lo", "como", "más", "mas", "pero", "sus", "le", "ya", "o", "este", "sí", "porque", "esta",
            "entre", "cuando", "muy", "sobre", "también", "hasta", "hay", "donde", "quien", "desde", "todo", "nos",
            "durante", "todos", "uno", "les", "ni", "contra", "otros", "ese", "eso", "ante", "ellos", "esto", "antes",
            "algunos", "qué", "unos", "yo", "otro", "otras", "otra", "él", "tanto", "esa", "estos", "mucho", "quienes",
            "nada", "muchos", "cual", "ella", "estar", "estas", "algunas", "algo", "fue", "ha", "han", "era", "dijo",
            "está", "sólo", "solo", "según", "tras", "sino", "ser", "tiene", "años", "pues", "aunque", "cómo");
    private static final Set<String> ENGLISH = Set.of(
            "the", "of", "and", "to", "in", "is", "that", "for", "it", "as", "was", "with", "be", "by", "on", "not",
            "he", "i", "this", "are", "or", "his", "from", "at", "which", "but", "have", "an", "had", "they", "you",
            "were", "their", "one", "all", "we", "can", "her", "there", "been", "if", "more", "when", "will",
            "would", "who", "so", "said", "its", "about", "than", "into", "them", "could", "what", "also", "after",
            "she", "our", "out", "up", "do", "does", "did", "my", "your", "over", "just", "some", "these", "those",
            "how", "other", "only", "new", "because", "any", "where", "while", "should", "most", "very", "being");

    private LanguageDetector() {
    }

    public static Language detect(String text) {
        int limit = Math.min(text.length(), SAMPLE_CHARS);
        int words = 0;
        int spanish = 0;
        int english = 0;
        int i = 0;
        while (i < limit) {
            while (i < limit && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < limit && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (start < i) {
                words++;
                String word = text.substring(start, i).toLowerCase(Locale.ROOT);
                if (SPANISH.contains(word)) {
                    spanish++;
                } else if (ENGLISH.contains(word)) {
                    english++;
                }
            }
        }
        int best = Math.max(spanish, english);
        int other = Math.min(spanish, english);
        if (best < MIN_HITS || best * 100L < words * (long) MIN_SHARE || best < other * MIN_RATIO) {
            return Language.UNDETERMINED;
        }
        return spanish > english ? Language.ES : Language.EN;
    }
}
