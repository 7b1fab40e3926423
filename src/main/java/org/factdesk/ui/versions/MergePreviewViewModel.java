package org.factdesk.ui.versions;

import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.factdesk.service.MergePlan;
import org.factdesk.service.MergePlan.ClaimChange;
import org.factdesk.service.MergePlan.Side;
import org.factdesk.ui.ProjectViewModel;

/**
 * The merge preview's state: the plan, the change selected in it, and the side chosen for each conflict (the side
 * changed last until the user chooses). Applying hands the plan with the choices to the project, as one undoable step.
 */
public final class MergePreviewViewModel {

    private final ProjectViewModel project;
    private final MergePlan plan;
    private final ObservableList<ClaimChange> changes;
    private final ObservableMap<String, Side> choices = FXCollections.observableHashMap();
    private final ObjectProperty<ClaimChange> selected = new SimpleObjectProperty<>();

    public MergePreviewViewModel(ProjectViewModel project, MergePlan plan) {
        this.project = project;
        this.plan = plan;
        // conflicts first: they are what the user has to decide
        this.changes = FXCollections.observableArrayList(plan.conflicts());
        plan.claims().stream().filter(c -> c.change() != MergePlan.Change.CONFLICT).forEach(changes::add);
        plan.conflicts().forEach(c -> choices.put(c.claimId(), c.newer()));
    }

    public MergePlan plan() {
        return plan;
    }

    public ObservableList<ClaimChange> changes() {
        return changes;
    }

    public ObjectProperty<ClaimChange> selectedProperty() {
        return selected;
    }

    public ObservableMap<String, Side> choices() {
        return choices;
    }

    /** Keeps one side of a conflict. */
    public void choose(String claimId, Side side) {
        if (choices.containsKey(claimId)) {
            choices.put(claimId, side);
        }
    }

    /** Applies the merge with the choices made. */
    public void apply() {
        Map<String, Side> chosen = new HashMap<>(choices);
        project.applyMerge(plan, chosen);
    }
}
