package org.factdesk.analysis.attributions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factdesk.analysis.attributions.GoldAttributions.Gold;

/**
 * Scores found attributions against gold ones. A found match counts when it overlaps a gold span by at least half of
 * the longer of the two and names the same speaker: the grouped name ({@link Speakers#group}) compared with the gold
 * speaker case-insensitively, without a leading article. Each gold span is matched at most once.
 */
final class AttributionScorer {

    /** Counts for one text or one language, with what went wrong for the report. */
    static final class Score {
        int truePositives;
        int found;
        int gold;
        final List<String> misses = new ArrayList<>();
        final List<String> falseAlarms = new ArrayList<>();

        double precision() {
            return found == 0 ? 0 : (double) truePositives / found;
        }

        double recall() {
            return gold == 0 ? 0 : (double) truePositives / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        void add(Score other) {
            truePositives += other.truePositives;
            found += other.found;
            gold += other.gold;
            misses.addAll(other.misses);
            falseAlarms.addAll(other.falseAlarms);
        }

        String summary() {
            return String.format(Locale.ROOT, "P=%.3f R=%.3f F1=%.3f (tp=%d found=%d gold=%d)", precision(), recall(),
                    f1(), truePositives, found, gold);
        }
    }

    private AttributionScorer() {
    }

    static Score score(String text, List<Gold> gold, List<AttributionMatch> found) {
        Map<String, String> grouped = new HashMap<>();
        for (Speaker speaker : Speakers.group(found)) {
            for (String variant : speaker.variants()) {
                grouped.put(variant, speaker.name());
            }
        }
        Score score = new Score();
        score.gold = gold.size();
        score.found = found.size();
        boolean[] used = new boolean[found.size()];
        for (Gold g : gold) {
            int best = -1;
            int bestOverlap = 0;
            for (int i = 0; i < found.size(); i++) {
                AttributionMatch m = found.get(i);
                int overlap = Math.min(g.end(), m.end()) - Math.max(g.start(), m.start());
                int longer = Math.max(g.end() - g.start(), m.end() - m.start());
                String speaker = m.attribution().speaker() == null ? ""
                        : grouped.getOrDefault(m.attribution().speaker(), m.attribution().speaker());
                if (!used[i] && overlap * 2 >= longer && overlap > bestOverlap
                        && normal(speaker).equals(normal(g.speaker()))) {
                    best = i;
                    bestOverlap = overlap;
                }
            }
            if (best >= 0) {
                used[best] = true;
                score.truePositives++;
            } else {
                score.misses.add(g.speaker() + " <- " + clip(text.substring(g.start(), g.end())));
            }
        }
        for (int i = 0; i < found.size(); i++) {
            if (!used[i]) {
                AttributionMatch m = found.get(i);
                score.falseAlarms.add(m.attribution().speaker() + " <- " + clip(text.substring(m.start(), m.end())));
            }
        }
        return score;
    }

    /** Lower case without a leading article: "el Kremlin" and "Kremlin" name the same speaker. */
    static String normal(String speaker) {
        String s = speaker.strip().toLowerCase(Locale.ROOT);
        for (String article : new String[] {"el ", "la ", "los ", "las ", "the "}) {
            if (s.startsWith(article)) {
                return s.substring(article.length());
            }
        }
        return s;
    }

    private static String clip(String s) {
        return s.length() <= 90 ? s : s.substring(0, 87) + "...";
    }
}
