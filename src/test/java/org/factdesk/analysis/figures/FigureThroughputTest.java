package org.factdesk.analysis.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.factdesk.model.Language;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A throwaway throughput check: finds the figures of a 5 MB text made by repeating the sample article and prints
 * MB/s. Nothing is asserted about time (the machine is shared); only that every copy yields the same figures.
 */
@Tag("benchmark")
class FigureThroughputTest {

    @Test
    void aFiveMegabyteArticleYieldsTheSameFiguresInEveryCopy() throws IOException {
        String sample = Files.readString(Path.of("assets/kim-putin-summit-es.txt"), StandardCharsets.UTF_8);
        FigureDetector detector = new FigureDetector();
        int perCopy = detector.find(sample, Language.ES).size();
        String unit = sample.endsWith("\n") ? sample : sample + "\n";
        int copies = (5 * 1024 * 1024) / unit.length() + 1;
        String text = unit.repeat(copies);
        detector.find(text, Language.ES);
        long best = Long.MAX_VALUE;
        List<FigureMatch> found = List.of();
        for (int run = 0; run < 8; run++) {
            long start = System.nanoTime();
            found = detector.find(text, Language.ES);
            best = Math.min(best, System.nanoTime() - start);
        }
        double megabytes = text.length() / (1024.0 * 1024.0);
        // Test output: the number is reported by hand, not asserted.
        System.out.printf("figures throughput: %.1f MB (UTF-16 chars) in %d ms = %.1f MB/s, %d figures%n",
                megabytes, best / 1_000_000, megabytes / (best / 1e9), found.size());
        assertThat(found).hasSize(perCopy * copies);
    }
}
