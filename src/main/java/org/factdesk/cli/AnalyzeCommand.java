package org.factdesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.factdesk.model.Language;
import org.factdesk.service.AnalysisResult;
import org.factdesk.service.AnalysisService;
import org.factdesk.service.JsonOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code factdesk analyze}: the claims Factdesk suggests in an article file. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Suggest the claims a fact-checker would mark in an article: figures, attributions (who said "
                + "what) and check-worthy statements. Needs no project; offsets count code points.")
final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The article (.txt, .md, .html).")
    Path file;

    @Option(names = "--lang", paramLabel = "es|en", converter = ModelConverters.LanguageConverter.class,
            description = "The article's language (default: detected).")
    Language language;

    @Mixin
    OutputFormatOption output;

    @Override
    public Integer call() throws Exception {
        AnalysisResult result = new AnalysisService().analyze(file, language);
        var out = spec.commandLine().getOut();
        if (output.json()) {
            out.println(JsonOutput.of(result));
        } else {
            Table table = new Table("KIND", "START", "END", "TEXT", "DETAILS");
            result.suggestions().forEach(s -> table.row(s.kind(), s.start(), s.end(), "«" + s.text() + "»",
                    s.figure() != null ? s.figure().normalized()
                            : s.speaker() != null ? s.speaker() + (s.cue() == null ? "" : " (" + s.cue() + ")")
                            : s.score() != null ? String.format(java.util.Locale.ROOT, "score %.2f", s.score())
                            : ""));
            table.print(out);
        }
        out.flush();
        return 0;
    }
}
