package org.factdesk.analysis.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.model.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores the checks on the sample article against the gold list of its slips (sample-gold.tsv: check, exact text,
 * occurrence). A finding matches a gold slip of the same check when their spans overlap by at least half of the
 * longer one. Prints found / missed / false alarms per check and overall.
 */
class SampleArticleQaTest {

    private record Gold(String check, int start, int end, String text) {
    }

    private static String text;
    private static List<Gold> gold;
    private static List<QaIssue> issues;
    private static int found;
    private static List<Gold> missed;
    private static List<QaIssue> falseAlarms;

    @BeforeAll
    static void score() throws IOException {
        text = Files.readString(QaTestSupport.SAMPLE);
        gold = readGold(text);
        issues = QaTestSupport.check(text, Language.ES);
        missed = new ArrayList<>();
        falseAlarms = new ArrayList<>();
        boolean[] used = new boolean[issues.size()];
        for (Gold g : gold) {
            boolean hit = false;
            for (int k = 0; k < issues.size(); k++) {
                if (matches(g, issues.get(k))) {
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
        for (int k = 0; k < issues.size(); k++) {
            if (!used[k]) {
                falseAlarms.add(issues.get(k));
            }
        }
        print();
    }

    @Test
    void nearlyEveryRuleCatchableSlipIsFound() {
        assertThat(found).as("slips found of %d; missed: %s", gold.size(), missed).isGreaterThanOrEqualTo(22);
    }

    @Test
    void atMostOneFalseAlarmPer500Words() {
        double per500 = falseAlarms.size() * 500.0 / QaTestSupport.words(text);
        assertThat(per500).as("false alarms: %s", QaTestSupport.describe(text, falseAlarms)).isLessThanOrEqualTo(1.0);
    }

    @Test
    void theGoldListCoversTheArticleSlipsOfEveryRuleCheck() {
        assertThat(gold).hasSizeGreaterThanOrEqualTo(20);
        assertThat(gold.stream().map(Gold::check).distinct().count()).isGreaterThanOrEqualTo(11);
    }

    private static boolean matches(Gold g, QaIssue issue) {
        if (!g.check().equals(issue.check())) {
            return false;
        }
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
            String exact = columns[1];
            int occurrence = Integer.parseInt(columns[2]);
            int at = -1;
            for (int k = 0; k <= occurrence; k++) {
                at = article.indexOf(exact, at + 1);
                if (at < 0) {
                    throw new IllegalStateException("Gold text not in the article: " + line);
                }
            }
            result.add(new Gold(columns[0], at, at + exact.length(), exact));
        }
        return result;
    }

    private static void print() {
        Map<String, int[]> perCheck = new LinkedHashMap<>(); // found, missed, false alarms
        for (Gold g : gold) {
            perCheck.computeIfAbsent(g.check(), k -> new int[3])[missed.contains(g) ? 1 : 0]++;
        }
        for (QaIssue issue : falseAlarms) {
            perCheck.computeIfAbsent(issue.check(), k -> new int[3])[2]++;
        }
        StringBuilder out = new StringBuilder("\nTranslation QA on the sample article (").append(QaTestSupport.words(text))
                .append(" words)\n");
        out.append(String.format("%-22s %6s %6s %6s%n", "check", "found", "missed", "false"));
        perCheck.forEach((check, n) -> out.append(String.format("%-22s %6d %6d %6d%n", check, n[0], n[1], n[2])));
        out.append(String.format("%-22s %6d %6d %6d   (%.2f false alarms per 500 words)%n", "total", found,
                missed.size(), falseAlarms.size(), falseAlarms.size() * 500.0 / QaTestSupport.words(text)));
        for (Gold g : missed) {
            out.append("  missed: ").append(g.check()).append(" [").append(CheckContext.shorten(g.text())).append("]\n");
        }
        out.append(QaTestSupport.describe(text, falseAlarms).lines().map(l -> "  false alarm: " + l + "\n")
                .reduce("", String::concat));
        System.out.print(out);
    }
}
