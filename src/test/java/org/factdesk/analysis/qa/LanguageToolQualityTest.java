package org.factdesk.analysis.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.factdesk.model.Language;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Side by side on the sample article: what our checks find of its gold slips (sample-gold.tsv), what LanguageTool
 * alone finds, and what the merged review finds. A LanguageTool match counts for a slip when their spans overlap by at
 * least half of the longer one, whatever its rule; its other matches are listed by rule as false alarms (some are
 * fair style hints, such as "sólo", but not translation slips). Prints the table; tagged benchmark (LanguageTool takes
 * seconds to load).
 */
@Tag("benchmark")
class LanguageToolQualityTest {

    private record Gold(String check, int start, int end, String text) {
    }

    private record Score(int found, List<Gold> missed, List<QaIssue> falseAlarms) {
    }

    @Test
    void printsFoundMissedAndFalseAlarmsOfOursLanguageToolAndBoth() throws IOException {
        String text = Files.readString(QaTestSupport.SAMPLE);
        List<Gold> gold = readGold(text);
        List<QaIssue> ours = new TranslationChecker().check(text, Language.ES, Locale.ENGLISH);
        List<QaIssue> languageTool = new LanguageToolChecker().check(text, Language.ES, Locale.ENGLISH);
        List<QaIssue> merged = IssueMerger.merge(ours, languageTool);

        Score oursScore = score(gold, ours);
        Score toolScore = score(gold, languageTool);
        Score mergedScore = score(gold, merged);
        int words = QaTestSupport.words(text);
        StringBuilder out = new StringBuilder(String.format("%nSample article (%d words, %d gold slips): "
                + "ours vs LanguageTool alone vs merged%n", words, gold.size()));
        out.append(String.format("%-22s %14s %14s %14s%n", "check of the slip", "ours", "LanguageTool", "merged"));
        Map<String, int[]> perCheck = new TreeMap<>();
        for (Gold g : gold) {
            int[] row = perCheck.computeIfAbsent(g.check(), k -> new int[4]);
            row[0]++;
            row[1] += oursScore.missed().contains(g) ? 0 : 1;
            row[2] += toolScore.missed().contains(g) ? 0 : 1;
            row[3] += mergedScore.missed().contains(g) ? 0 : 1;
        }
        perCheck.forEach((check, row) -> out.append(String.format("%-22s %14s %14s %14s%n", check,
                row[1] + "/" + row[0], row[2] + "/" + row[0], row[3] + "/" + row[0])));
        out.append(String.format("%-22s %14s %14s %14s%n", "found", oursScore.found() + "/" + gold.size(),
                toolScore.found() + "/" + gold.size(), mergedScore.found() + "/" + gold.size()));
        out.append(String.format("%-22s %14d %14d %14d%n", "false alarms", oursScore.falseAlarms().size(),
                toolScore.falseAlarms().size(), mergedScore.falseAlarms().size()));
        out.append(String.format("%-22s %14.2f %14.2f %14.2f%n", "  per 500 words",
                oursScore.falseAlarms().size() * 500.0 / words, toolScore.falseAlarms().size() * 500.0 / words,
                mergedScore.falseAlarms().size() * 500.0 / words));
        out.append("LanguageTool's matches that are no gold slip:\n");
        out.append(QaTestSupport.describe(text, toolScore.falseAlarms()).lines().map(l -> "  " + l + "\n")
                .reduce("", String::concat));
        out.append("LanguageTool's matches the merge dropped as said already by ours: ")
                .append(languageTool.size() - (merged.size() - ours.size())).append('\n');
        System.out.print(out);

        assertThat(mergedScore.found()).isGreaterThanOrEqualTo(oursScore.found());
        assertThat(languageTool).isNotEmpty();
    }

    /** Ours count for a slip of their own check, LanguageTool's for any slip their span overlaps. */
    private static Score score(List<Gold> gold, List<QaIssue> issues) {
        boolean[] used = new boolean[issues.size()];
        List<Gold> missed = new ArrayList<>();
        int found = 0;
        for (Gold g : gold) {
            boolean hit = false;
            for (int k = 0; k < issues.size(); k++) {
                QaIssue issue = issues.get(k);
                boolean counts = issue.check().startsWith(LanguageToolChecker.PREFIX)
                        || g.check().equals(issue.check());
                if (counts && overlaps(g, issue)) {
                    used[k] = true;
                    hit = true;
                }
            }
            if (hit) {
                found++;
            } else {
                missed.add(g);
            }
        }
        List<QaIssue> falseAlarms = new ArrayList<>();
        for (int k = 0; k < issues.size(); k++) {
            if (!used[k]) {
                falseAlarms.add(issues.get(k));
            }
        }
        return new Score(found, missed, falseAlarms);
    }

    private static boolean overlaps(Gold g, QaIssue issue) {
        int overlap = Math.min(g.end(), issue.end()) - Math.max(g.start(), issue.start());
        int longer = Math.max(g.end() - g.start(), issue.end() - issue.start());
        return overlap > 0 && overlap * 2 >= longer;
    }

    private static List<Gold> readGold(String article) throws IOException {
        List<Gold> result = new ArrayList<>();
        for (String line : Files.readAllLines(QaTestSupport.RESOURCES.resolve("sample-gold.tsv"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            int occurrence = Integer.parseInt(columns[2]);
            int at = -1;
            for (int k = 0; k <= occurrence; k++) {
                at = article.indexOf(columns[1], at + 1);
            }
            result.add(new Gold(columns[0], at, at + columns[1].length(), columns[1]));
        }
        return result;
    }
}
