package org.factdesk.analysis.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.analysis.Throughput;
import org.factdesk.analysis.Throughput.Steady;
import org.factdesk.model.Language;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A throwaway throughput check: finds the figures of a 5 MB text made by repeating the sample article and prints
 * MB/s. Nothing is asserted about time (the machine is shared); only that every copy yields the same figures.
 */
@Tag("benchmark")
class FigureThroughputTest {

    @Test
    void aFiveMegabyteArticleYieldsTheSameFiguresInEveryCopy(@TempDir Path directory) throws IOException {
        String sample = Files.readString(Path.of("assets/kim-putin-summit-es.txt"), StandardCharsets.UTF_8);
        FigureDetector detector = new FigureDetector();
        int perCopy = detector.find(sample, Language.ES).size();
        String unit = sample.endsWith("\n") ? sample : sample + "\n";
        int copies = (5 * 1024 * 1024) / unit.length() + 1;
        String text = unit.repeat(copies);
        List<List<FigureMatch>> runs = new ArrayList<>();
        Steady best = Throughput.steady(() -> runs.add(detector.find(text, Language.ES)));
        List<FigureMatch> found = runs.get(0);
        Throughput.print("analysis.figures", text, best, Throughput.readAndNormalise(text, directory),
                found.size() + " figures");
        assertThat(found).hasSize(perCopy * copies);
    }
}
