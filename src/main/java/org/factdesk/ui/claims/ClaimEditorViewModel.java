package org.factdesk.ui.claims;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.factdesk.model.Attribution;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Evidence;
import org.factdesk.model.Figure;
import org.factdesk.model.FigureType;
import org.factdesk.model.Qualifier;
import org.factdesk.model.Verdict;
import org.factdesk.ui.ProjectViewModel;

/**
 * The claim editor without its nodes: one command per field, each naming the claim it changes (so an edit committed
 * as the selection moves on still lands on the claim it was typed for). A command that changes nothing writes
 * nothing; every other one is one {@link ProjectViewModel#update} and so one undoable step.
 */
public final class ClaimEditorViewModel {

    /** Digits, optionally grouped by threes with "." or ",", and an optional decimal part. */
    private static final Pattern NUMBER = Pattern.compile("-?(?=[.,]?\\d)(\\d+|\\d{1,3}([.,]\\d{3})+)?([.,]\\d+)?");

    private final ProjectViewModel project;
    private final FilteredList<Claim> statements;
    private final BooleanBinding editable;

    public ClaimEditorViewModel(ProjectViewModel project) {
        this.project = project;
        this.statements = new FilteredList<>(project.claims(), c -> c.kind() == ClaimKind.STATEMENT);
        ObjectProperty<Claim> selected = project.selectedClaimProperty();
        this.editable = Bindings.createBooleanBinding(() -> selected.get() != null && project.editableBinding().get(),
                selected, project.editableBinding());
    }

    public ProjectViewModel project() {
        return project;
    }

    /** The claim being edited: the project's selected claim. */
    public ObjectProperty<Claim> claimProperty() {
        return project.selectedClaimProperty();
    }

    /** True when a claim is shown and the project may be changed. */
    public BooleanBinding editableBinding() {
        return editable;
    }

    /** The document's statement claims, in document order, which an attribution may be linked to. */
    public ObservableList<Claim> statements() {
        return statements;
    }

    public ObservableList<String> knownTags() {
        return project.knownTags();
    }

    public ObservableList<String> knownSpeakers() {
        return project.knownSpeakers();
    }

    public void setVerdict(String claimId, Verdict verdict) {
        edit(claimId, c -> c.withVerdict(verdict == null ? Verdict.UNVERIFIED : verdict));
    }

    public void setNote(String claimId, String note) {
        edit(claimId, c -> c.withNote(note == null ? "" : note));
    }

    /** Adds a tag (trimmed); a blank tag or one the claim already has changes nothing. */
    public void addTag(String claimId, String tag) {
        String clean = tag == null ? "" : tag.strip();
        if (clean.isEmpty()) {
            return;
        }
        edit(claimId, c -> {
            if (c.tags().contains(clean)) {
                return c;
            }
            List<String> tags = new ArrayList<>(c.tags());
            tags.add(clean);
            return c.withTags(tags);
        });
    }

    public void removeTag(String claimId, String tag) {
        edit(claimId, c -> c.withTags(c.tags().stream().filter(t -> !t.equals(tag)).toList()));
    }

    /** Appends an empty piece of evidence for the user to fill in. */
    public void addEvidence(String claimId) {
        edit(claimId, c -> {
            List<Evidence> evidence = new ArrayList<>(c.evidence());
            evidence.add(new Evidence("", null, null, null, null));
            return c.withEvidence(evidence);
        });
    }

    /** Replaces the piece of evidence at an index (blank parts become empty). */
    public void setEvidence(String claimId, int index, Evidence changed) {
        Evidence clean = new Evidence(changed.url().strip(), blankToNull(changed.title()), changed.accessed(),
                blankToNull(changed.archivedUrl()), blankToNull(changed.note()));
        edit(claimId, c -> {
            if (index < 0 || index >= c.evidence().size()) {
                return c;
            }
            List<Evidence> evidence = new ArrayList<>(c.evidence());
            evidence.set(index, clean);
            return c.withEvidence(evidence);
        });
    }

    public void removeEvidence(String claimId, int index) {
        edit(claimId, c -> {
            if (index < 0 || index >= c.evidence().size()) {
                return c;
            }
            List<Evidence> evidence = new ArrayList<>(c.evidence());
            evidence.remove(index);
            return c.withEvidence(evidence);
        });
    }

    /** Names the speaker; the span of the name in the text is kept only while the name stays the same. */
    public void setSpeaker(String claimId, String speaker) {
        String clean = blankToNull(speaker);
        editAttribution(claimId, a -> Objects.equals(a.speaker(), clean) ? a
                : new Attribution(clean, null, null, a.role(), a.cue(), a.direct(), a.statementId()));
    }

    public void setRole(String claimId, String role) {
        editAttribution(claimId, a -> new Attribution(a.speaker(), a.speakerStart(), a.speakerEnd(), blankToNull(role),
                a.cue(), a.direct(), a.statementId()));
    }

    public void setCue(String claimId, String cue) {
        editAttribution(claimId, a -> new Attribution(a.speaker(), a.speakerStart(), a.speakerEnd(), a.role(),
                blankToNull(cue), a.direct(), a.statementId()));
    }

    /** Direct (quoted words) or indirect (reported speech). */
    public void setDirect(String claimId, boolean direct) {
        editAttribution(claimId, a -> new Attribution(a.speaker(), a.speakerStart(), a.speakerEnd(), a.role(),
                a.cue(), direct, a.statementId()));
    }

    /** Links the attribution to a statement claim, or unlinks it with {@code null}. */
    public void setStatement(String claimId, String statementId) {
        editAttribution(claimId, a -> new Attribution(a.speaker(), a.speakerStart(), a.speakerEnd(), a.role(),
                a.cue(), a.direct(), statementId));
    }

    /**
     * Sets the figure's value from what the user typed ("0,5", "1.500", "12 000" and blank for none). Returns false,
     * writing nothing, when the text is not a number.
     */
    public boolean setFigureValue(String claimId, String text) {
        Optional<BigDecimal> parsed;
        try {
            parsed = Optional.ofNullable(parseDecimal(text));
        } catch (NumberFormatException e) {
            return false;
        }
        BigDecimal value = parsed.orElse(null);
        editFigure(claimId, f -> sameNumber(f.value(), value) ? f
                : new Figure(value, f.unit(), f.type(), f.qualifier(), f.period(), f.normalized()));
        return true;
    }

    public void setUnit(String claimId, String unit) {
        editFigure(claimId, f -> new Figure(f.value(), blankToNull(unit), f.type(), f.qualifier(), f.period(),
                f.normalized()));
    }

    public void setFigureType(String claimId, FigureType type) {
        editFigure(claimId, f -> new Figure(f.value(), f.unit(), type, f.qualifier(), f.period(), f.normalized()));
    }

    public void setQualifier(String claimId, Qualifier qualifier) {
        editFigure(claimId, f -> new Figure(f.value(), f.unit(), f.type(), qualifier, f.period(), f.normalized()));
    }

    public void setPeriod(String claimId, String period) {
        editFigure(claimId, f -> new Figure(f.value(), f.unit(), f.type(), f.qualifier(), blankToNull(period),
                f.normalized()));
    }

    /**
     * Reads a decimal written the English or the Spanish way: blank is {@code null}; spaces group digits; with both
     * "," and "." the last one is the decimal mark; a mark that occurs more than once groups digits ("1.500.000"),
     * and one that occurs once is the decimal mark unless exactly three digits follow it after a non-zero integer
     * part with at most three digits ("1.500" and "1,500" are fifteen hundred, "0,5" and "2.75" are fractions).
     *
     * @throws NumberFormatException when the text is not a number
     */
    public static BigDecimal parseDecimal(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip().replaceAll("[\\s\\u00A0\\u202F]", "");
        if (s.startsWith("+")) {
            s = s.substring(1);
        }
        if (!NUMBER.matcher(s).matches()) {
            throw new NumberFormatException(text);
        }
        int lastComma = s.lastIndexOf(',');
        int lastDot = s.lastIndexOf('.');
        if (lastComma >= 0 && lastDot >= 0) {
            char decimal = lastComma > lastDot ? ',' : '.';
            char group = decimal == ',' ? '.' : ',';
            s = s.replace(String.valueOf(group), "").replace(decimal, '.');
        } else if (lastComma >= 0 || lastDot >= 0) {
            char mark = lastComma >= 0 ? ',' : '.';
            int at = Math.max(lastComma, lastDot);
            boolean repeated = s.indexOf(mark) != at;
            String integer = s.substring(s.startsWith("-") ? 1 : 0, s.indexOf(mark));
            boolean thousands = s.length() - at - 1 == 3 && !integer.isEmpty() && integer.length() <= 3
                    && !integer.matches("0+");
            s = repeated || thousands ? s.replace(String.valueOf(mark), "") : s.replace(mark, '.');
        }
        return new BigDecimal(s);
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0 && a.scale() == b.scale();
    }

    private void editAttribution(String claimId, UnaryOperator<Attribution> change) {
        edit(claimId, c -> c.kind() != ClaimKind.ATTRIBUTION ? c
                : c.withAttribution(change.apply(c.attribution() == null ? Attribution.empty() : c.attribution())));
    }

    private void editFigure(String claimId, UnaryOperator<Figure> change) {
        edit(claimId, c -> c.kind() != ClaimKind.FIGURE ? c
                : c.withFigure(change.apply(c.figure() == null ? Figure.empty() : c.figure())));
    }

    /** Sends the edit only when it changes the claim as the panel knows it. */
    private void edit(String claimId, UnaryOperator<Claim> change) {
        if (claimId == null || !project.editableBinding().get()) {
            return;
        }
        Optional<Claim> current = project.claim(claimId);
        if (current.isEmpty() || change.apply(current.get()).equals(current.get())) {
            return;
        }
        project.update(claimId, change);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
