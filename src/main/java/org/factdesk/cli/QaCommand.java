package org.factdesk.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.factdesk.model.Language;
import org.factdesk.service.AnalysisService;
import org.factdesk.service.GrammarService;
import org.factdesk.service.JsonOutput;
import org.factdesk.service.QaResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code factdesk qa}: translation review of a file, alone or against its source. */
@Command(name = "qa", mixinStandardHelpOptions = true,
        description = "Review a machine translation: repeated words, variants of a name, broken quotes, \"de el\", "
                + "fragments, leaked notes; with --source also numbers, names and sentences that differ.")
final class QaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "TARGET", description = "The translation.")
    Path target;

    @Option(names = "--source", paramLabel = "SOURCE", description = "The original text, if you have it.")
    Path source;

    @Option(names = "--lang", paramLabel = "es|en", converter = ModelConverters.LanguageConverter.class,
            description = "The translation's language (default: detected).")
    Language language;

    @Option(names = "--messages", paramLabel = "en|es", defaultValue = "en",
            description = "The language of the messages (default: en).")
    String messages;

    /*
     * On by default: someone who asks for a review wants every slip found, and LanguageTool's grammar rules find
     * agreement and usage slips ours do not; it costs a few seconds of start-up, which --no-languagetool saves in
     * scripts that only need our own checks.
     */
    @Option(names = "--languagetool", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Also run LanguageTool's grammar rules (default: on; --no-languagetool skips them, "
                    + "which saves a few seconds).")
    boolean languageTool;

    @Mixin
    OutputFormatOption output;

    @Override
    public Integer call() throws Exception {
        boolean grammar = languageTool;
        if (grammar && !GrammarService.shared().installed()) {
            // An optional part that is missing is a note, not a failure: our own checks ran in full.
            spec.commandLine().getErr().println("factdesk qa: " + GrammarService.NOT_INSTALLED
                    + " (--no-languagetool skips this note)");
            spec.commandLine().getErr().flush();
            grammar = false;
        }
        QaResult result = new AnalysisService().review(target, language, source, Locale.forLanguageTag(messages),
                grammar);
        var out = spec.commandLine().getOut();
        if (output.json()) {
            out.println(JsonOutput.of(result));
        } else {
            Table table = new Table("CHECK", "START", "TEXT", "MESSAGE", "SUGGESTION");
            result.issues().forEach(i -> table.row(i.check(), i.start(), "«" + i.text() + "»", i.message(),
                    i.suggestion()));
            table.print(out);
        }
        out.flush();
        return 0;
    }
}
