package org.factdesk.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.UnaryOperator;
import org.factdesk.model.Attribution;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Evidence;
import org.factdesk.model.Figure;
import org.factdesk.model.FigureType;
import org.factdesk.model.Qualifier;
import org.factdesk.model.Verdict;
import org.factdesk.service.ServiceException;
import picocli.CommandLine.Option;

/** The fields {@code claim add} and {@code claim set} can write, turned into one edit of a claim. */
final class ClaimEditOptions {

    @Option(names = "--verdict", paramLabel = "VERDICT", converter = ModelConverters.VerdictConverter.class,
            completionCandidates = ModelConverters.Verdicts.class, description = "One of: ${COMPLETION-CANDIDATES}.")
    Verdict verdict;

    @Option(names = "--note", paramLabel = "TEXT", description = "The note (replaces any earlier note).")
    String note;

    @Option(names = "--tag", paramLabel = "TAG", description = "A tag (repeat for several; replaces the tags).")
    List<String> tags;

    @Option(names = "--add-tag", paramLabel = "TAG", description = "Adds a tag, keeping the others.")
    List<String> addTags;

    @Option(names = "--remove-tag", paramLabel = "TAG", description = "Removes a tag.")
    List<String> removeTags;

    @Option(names = "--evidence", paramLabel = "URL", description = "Adds evidence by its URL (repeatable).")
    List<String> evidenceUrls;

    @Option(names = "--speaker", paramLabel = "NAME", description = "Attribution: who said it, as written.")
    String speaker;

    @Option(names = "--role", paramLabel = "ROLE", description = "Attribution: the speaker's role.")
    String role;

    @Option(names = "--cue", paramLabel = "WORD", description = "Attribution: the cue (dijo, said, según…).")
    String cue;

    @Option(names = "--direct", negatable = true, description = "Attribution: the words are quoted (direct).")
    Boolean direct;

    @Option(names = "--value", paramLabel = "NUMBER", description = "Figure: the value as a decimal number.")
    BigDecimal value;

    @Option(names = "--unit", paramLabel = "UNIT", description = "Figure: unit (percent, people, year, USD…).")
    String unit;

    @Option(names = "--type", paramLabel = "TYPE", converter = ModelConverters.FigureTypeConverter.class,
            description = "Figure: count, percent, fraction, money, duration, date, ordinal or ratio.")
    FigureType type;

    @Option(names = "--qualifier", paramLabel = "QUALIFIER", converter = ModelConverters.QualifierConverter.class,
            description = "Figure: exact, approximately, nearly, at-least, at-most, up-to, more-than, less-than.")
    Qualifier qualifier;

    @Option(names = "--period", paramLabel = "PERIOD", description = "Figure: the reference period.")
    String period;

    /** The edit these options describe; refuses details that do not belong to the claim's kind. */
    UnaryOperator<Claim> edit(ClaimKind kind) throws ServiceException {
        boolean attributionGiven = speaker != null || role != null || cue != null || direct != null;
        boolean figureGiven = value != null || unit != null || type != null || qualifier != null || period != null;
        if (attributionGiven && kind != ClaimKind.ATTRIBUTION) {
            throw new ServiceException("--speaker, --role, --cue and --direct belong to attributions, and this is a "
                    + kind.id() + ".");
        }
        if (figureGiven && kind != ClaimKind.FIGURE) {
            throw new ServiceException("--value, --unit, --type, --qualifier and --period belong to figures, and this "
                    + "is a " + kind.id() + ".");
        }
        return claim -> {
            Claim edited = claim;
            if (verdict != null) {
                edited = edited.withVerdict(verdict);
            }
            if (note != null) {
                edited = edited.withNote(note);
            }
            edited = edited.withTags(editTags(edited.tags()));
            if (evidenceUrls != null) {
                List<Evidence> evidence = new ArrayList<>(edited.evidence());
                evidenceUrls.forEach(url -> evidence.add(new Evidence(url, null, null, null, null)));
                edited = edited.withEvidence(evidence);
            }
            if (attributionGiven) {
                Attribution a = edited.attribution() == null ? Attribution.empty() : edited.attribution();
                edited = edited.withAttribution(new Attribution(speaker != null ? speaker : a.speaker(),
                        a.speakerStart(), a.speakerEnd(), role != null ? role : a.role(), cue != null ? cue : a.cue(),
                        direct != null ? direct : a.direct(), a.statementId()));
            }
            if (figureGiven) {
                Figure f = edited.figure() == null ? Figure.empty() : edited.figure();
                edited = edited.withFigure(new Figure(value != null ? value : f.value(), unit != null ? unit : f.unit(),
                        type != null ? type : f.type(), qualifier != null ? qualifier : f.qualifier(),
                        period != null ? period : f.period(), f.normalized()));
            }
            return edited;
        };
    }

    private List<String> editTags(List<String> current) {
        LinkedHashSet<String> result = new LinkedHashSet<>(tags != null ? clean(tags) : current);
        if (addTags != null) {
            result.addAll(clean(addTags));
        }
        if (removeTags != null) {
            clean(removeTags).forEach(result::remove);
        }
        return List.copyOf(result);
    }

    private static List<String> clean(List<String> tags) {
        return tags.stream().map(String::strip).filter(tag -> !tag.isEmpty()).toList();
    }
}
