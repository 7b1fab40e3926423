package org.factdesk.ui.versions;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.factdesk.service.ClaimPlacement;
import org.factdesk.service.VersionComparison;
import org.factdesk.service.Workspace;
import org.factdesk.ui.I18n;
import org.factdesk.ui.ProjectViewModel;
import org.factdesk.ui.dialog.DialogService;
import org.factdesk.ui.task.TaskRunner;

/**
 * The versions view's state: the comparison of a new version with its predecessor, the claim selected in it, and the
 * commands on orphans (re-attach to a span of the new version, drop), each one undoable step.
 */
public final class VersionsViewModel {

    private final ProjectViewModel project;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final I18n i18n;
    private final String documentId;
    private final ReadOnlyObjectWrapper<VersionComparison> comparison = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ClaimPlacement> claims = FXCollections.observableArrayList();
    private final ObjectProperty<ClaimPlacement> selected = new SimpleObjectProperty<>();

    public VersionsViewModel(ProjectViewModel project, TaskRunner runner, DialogService dialogs, String documentId) {
        this.project = project;
        this.runner = runner;
        this.dialogs = dialogs;
        this.i18n = project.i18n();
        this.documentId = documentId;
    }

    public ReadOnlyObjectProperty<VersionComparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public ObservableList<ClaimPlacement> claims() {
        return claims;
    }

    public ObjectProperty<ClaimPlacement> selectedProperty() {
        return selected;
    }

    /** Compares the two versions again from the project. The claim selected stays selected if it is still there. */
    public void load() {
        Workspace open = project.workspaceProperty().get();
        if (open == null) {
            return;
        }
        String keep = selected.get() == null ? null : selected.get().claimId();
        runner.submit(i18n.get("task.compareVersions"), progress -> open.versions().compare(documentId), loaded -> {
            comparison.set(loaded);
            claims.setAll(loaded.claims());
            selected.set(claims.stream().filter(c -> c.claimId().equals(keep)).findFirst().orElse(null));
        }, this::fail);
    }

    /** Whether the selected claim is an orphan, so re-attach and drop apply to it. */
    public boolean selectedIsOrphan() {
        return selected.get() != null && selected.get().status() == ClaimPlacement.Status.ORPHANED;
    }

    /** Re-attaches the selected orphan to [start, end) of the new version's text (UTF-16). */
    public void reattach(int start, int end) {
        Workspace open = project.workspaceProperty().get();
        if (open == null || !selectedIsOrphan() || project.readOnlyProperty().get()) {
            return;
        }
        String claimId = selected.get().claimId();
        runner.submit(i18n.get("task.reattach"), progress -> open.versions().reattach(claimId, documentId, start, end),
                done -> changed(), this::fail);
    }

    /** Drops (deletes) the selected orphan; undo brings it back to the previous version. */
    public void drop() {
        Workspace open = project.workspaceProperty().get();
        if (open == null || !selectedIsOrphan() || project.readOnlyProperty().get()) {
            return;
        }
        String claimId = selected.get().claimId();
        runner.submit(i18n.get("task.drop"), progress -> open.versions().drop(claimId), done -> changed(),
                this::fail);
    }

    /** Undoes the last change (a re-attachment, a drop) and compares again. */
    public void undo() {
        project.undo();
        runner.submit(i18n.get("task.compareVersions"), progress -> Boolean.TRUE, done -> load(), error -> { });
    }

    private void fail(Throwable error) {
        dialogs.showError(i18n.get("error.title"), String.valueOf(error.getMessage()));
    }

    private void changed() {
        project.refresh();
        load();
    }
}
