package org.factdesk.ui.claims;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Verdict;
import org.factdesk.ui.I18n;
import org.factdesk.ui.ProjectViewModel;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The claims list with its filter bar and counts. The selected row follows the project's selected claim both ways;
 * Delete deletes the selected claim (undoable), Enter hands focus to the editor, F8 / Shift+F8 walk the list.
 */
public final class ClaimsPanelView {

    /** The tag box's entry for "every tag"; real tags are never blank. */
    private static final String ALL_TAGS = "";

    private final ClaimsPanelViewModel viewModel;
    private final ProjectViewModel project;
    private final I18n i18n;
    private final VBox root = new VBox();
    private final CustomTextField filterField = (CustomTextField) TextFields.createClearableTextField();
    private final CheckComboBox<ClaimKind> kindBox = new CheckComboBox<>();
    private final CheckComboBox<Verdict> verdictBox = new CheckComboBox<>();
    private final ComboBox<String> tagBox = new ComboBox<>();
    private final Label countsLabel = new Label();
    private final Map<ClaimKind, Label> kindCountLabels = new EnumMap<>(ClaimKind.class);
    private final ListView<Claim> list = new ListView<>();
    private final Label emptyLabel = new Label();
    private final Button clearFilterButton = new Button();
    private Runnable onOpenEditor = () -> { };
    private boolean syncing;
    private boolean relabeling;

    public ClaimsPanelView(ProjectViewModel project, I18n i18n) {
        this.project = project;
        this.i18n = i18n;
        this.viewModel = new ClaimsPanelViewModel(project);
        createView();
        bind();
    }

    /** The panel, to place in the window. */
    public Node node() {
        return root;
    }

    public ClaimsPanelViewModel viewModel() {
        return viewModel;
    }

    /** Called when the user presses Enter on a claim: the shell or the sidebar focuses the editor. */
    public void setOnOpenEditor(Runnable action) {
        onOpenEditor = action == null ? () -> { } : action;
    }

    public void focusList() {
        list.requestFocus();
    }

    public void focusFilter() {
        filterField.requestFocus();
        filterField.selectAll();
    }

    /** F8: the next claim of the filtered list, wrapping around. */
    public void selectNext() {
        viewModel.selectNext();
    }

    /** Shift+F8: the previous claim of the filtered list, wrapping around. */
    public void selectPrevious() {
        viewModel.selectPrevious();
    }

    private void createView() {
        root.getStyleClass().add("claims-panel");
        root.setId("claims-panel");
        root.getStylesheets().add(ClaimsSidebar.stylesheet());

        filterField.setId("claims-filter");
        FontIcon search = new FontIcon(Material2MZ.SEARCH);
        search.getStyleClass().add("claims-filter-icon");
        filterField.setLeft(search);
        filterField.setMaxWidth(Double.MAX_VALUE);

        kindBox.setId("claims-kind-filter");
        kindBox.getItems().setAll(ClaimKind.values());
        kindBox.setShowCheckedCount(false);
        verdictBox.setId("claims-verdict-filter");
        verdictBox.getItems().setAll(Verdict.values());
        verdictBox.setShowCheckedCount(false);
        tagBox.setId("claims-tag-filter");
        // Widths in proportion to what the boxes usually say ("Kinds", "Verdicts (2)", "All tags" / a tag).
        double[] widths = {100, 125, 165};
        List<Region> boxes = List.of(kindBox, verdictBox, tagBox);
        for (int i = 0; i < boxes.size(); i++) {
            Region box = boxes.get(i);
            box.setMaxWidth(Double.MAX_VALUE);
            box.setMinWidth(60);
            box.setPrefWidth(widths[i]);
            HBox.setHgrow(box, Priority.ALWAYS);
        }
        HBox combos = new HBox(6, kindBox, verdictBox, tagBox);
        combos.getStyleClass().add("claims-filter-row");

        countsLabel.setId("claims-counts");
        countsLabel.getStyleClass().add("claims-counts");
        HBox counts = new HBox(10, countsLabel);
        counts.getStyleClass().add("claims-counts-row");
        counts.setAlignment(Pos.CENTER_LEFT);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        counts.getChildren().add(spacer);
        for (ClaimKind kind : ClaimKind.values()) {
            Label count = new Label("0", KindIcons.icon(kind));
            count.getStyleClass().addAll("claims-kind-count", KindIcons.kindClass(kind));
            count.setId("claims-count-" + kind.id());
            count.setTooltip(new Tooltip());
            count.setMinWidth(Label.USE_PREF_SIZE);
            kindCountLabels.put(kind, count);
            counts.getChildren().add(count);
        }

        VBox bar = new VBox(6, filterField, combos, counts);
        bar.getStyleClass().add("claims-filter-bar");

        list.setId("claims-list");
        list.getStyleClass().add("claims-list");
        list.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        list.setCellFactory(view -> new ClaimCell(viewModel, i18n));
        project.reviewIssuesProperty().addListener((obs, old, issues) -> list.refresh());
        emptyLabel.getStyleClass().add("claims-empty-text");
        emptyLabel.setWrapText(true);
        clearFilterButton.setId("claims-clear-filter");
        clearFilterButton.setOnAction(e -> viewModel.clearFilters());
        VBox empty = new VBox(10, emptyLabel, clearFilterButton);
        empty.setId("claims-empty");
        empty.getStyleClass().add("claims-empty");
        empty.setAlignment(Pos.CENTER);
        empty.setFillWidth(false);
        emptyLabel.setMaxWidth(400);
        list.setPlaceholder(empty);
        VBox.setVgrow(list, Priority.ALWAYS);

        root.getChildren().addAll(bar, list);
    }

    private void bind() {
        list.setItems(viewModel.visibleClaims());
        filterField.promptTextProperty().bind(i18n.bind("claims.filter.prompt"));
        filterField.textProperty().bindBidirectional(viewModel.filterTextProperty());
        filterField.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !filterField.getText().isEmpty()) {
                filterField.clear();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN) {
                list.requestFocus();
                if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
                    list.getSelectionModel().selectFirst();
                }
                e.consume();
            }
        });

        // Registered before the skin exists, so the title is right when the skin redraws on the same change.
        kindBox.getCheckModel().getCheckedItems().addListener((ListChangeListener<ClaimKind>) change -> {
            setExactly(viewModel.kindFilter(), kindBox.getCheckModel().getCheckedItems());
            updateFilterTitles();
        });
        verdictBox.getCheckModel().getCheckedItems().addListener((ListChangeListener<Verdict>) change -> {
            setExactly(viewModel.verdictFilter(), verdictBox.getCheckModel().getCheckedItems());
            updateFilterTitles();
        });
        viewModel.kindFilter().addListener((Observable o) -> {
            if (viewModel.kindFilter().isEmpty()) {
                kindBox.getCheckModel().clearChecks();
            }
        });
        viewModel.verdictFilter().addListener((Observable o) -> {
            if (viewModel.verdictFilter().isEmpty()) {
                verdictBox.getCheckModel().clearChecks();
            }
        });

        refreshTags();
        project.knownTags().addListener((Observable o) -> refreshTags());
        tagBox.valueProperty().addListener((obs, old, now) -> {
            if (!syncing) {
                viewModel.tagFilterProperty().set(now == null || now.equals(ALL_TAGS) ? null : now);
            }
        });
        viewModel.tagFilterProperty().addListener((obs, old, now) -> tagBox.setValue(now == null ? ALL_TAGS : now));

        for (var count : List.of(viewModel.visibleCountProperty(), viewModel.totalCountProperty())) {
            count.addListener((Observable o) -> updateCounts());
        }
        for (ClaimKind kind : ClaimKind.values()) {
            viewModel.countProperty(kind).addListener((Observable o) -> updateCounts());
        }
        viewModel.filterActiveProperty().addListener((Observable o) -> updateEmptyState());
        viewModel.totalCountProperty().addListener((Observable o) -> updateEmptyState());
        clearFilterButton.textProperty().bind(i18n.bind("claims.filter.clear"));

        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            // A replaced or filtered-out row momentarily clears the list's selection: that is not the user's choice.
            if (!syncing && now != null) {
                project.selectedClaimProperty().set(now);
            }
        });
        project.selectedClaimProperty().addListener((obs, old, now) -> showSelection());
        viewModel.visibleClaims().addListener((Observable o) -> showSelection());

        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE && !e.isShortcutDown()) {
                viewModel.deleteSelected();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                if (project.selectedClaimProperty().get() != null) {
                    onOpenEditor.run();
                }
                e.consume();
            }
        });
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F8) {
                if (e.isShiftDown()) {
                    selectPrevious();
                } else {
                    selectNext();
                }
                e.consume();
            }
        });

        // A change listener, not an invalidation one: I18n reloads its bundles in its own change listener.
        i18n.localeProperty().addListener((o, old, now) -> relocalize());
        relocalize();
    }

    private <T> void setExactly(java.util.Set<T> target, List<T> checked) {
        if (relabeling) {
            return;
        }
        List<T> wanted = new ArrayList<>(checked);
        target.retainAll(wanted);
        target.addAll(wanted);
    }

    private void relocalize() {
        kindBox.setConverter(converter(kind -> ClaimsText.kind(i18n, kind)));
        verdictBox.setConverter(converter(verdict -> ClaimsText.verdict(i18n, verdict)));
        updateFilterTitles();
        relabel(kindBox);
        relabel(verdictBox);
        tagBox.setCellFactory(view -> new TagCell());
        tagBox.setButtonCell(new TagCell());
        list.refresh();
        updateCounts();
        updateEmptyState();
    }

    /** "Kinds" while nothing is checked, "Kinds (2)" once two are. */
    private void updateFilterTitles() {
        kindBox.setTitle(title(i18n.get("claims.filter.kinds"), kindBox.getCheckModel().getCheckedItems().size()));
        verdictBox.setTitle(title(i18n.get("claims.filter.verdicts"),
                verdictBox.getCheckModel().getCheckedItems().size()));
    }

    private static String title(String name, int checked) {
        return checked == 0 ? name : name + " (" + checked + ")";
    }

    /** The CheckComboBox skin redraws its title only when the checks change: check and uncheck to redraw it. */
    private <T> void relabel(CheckComboBox<T> box) {
        if (box.getItems().isEmpty()) {
            return;
        }
        relabeling = true;
        try {
            if (box.getCheckModel().isChecked(0)) {
                box.getCheckModel().clearCheck(0);
                box.getCheckModel().check(0);
            } else {
                box.getCheckModel().check(0);
                box.getCheckModel().clearCheck(0);
            }
        } finally {
            relabeling = false;
        }
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    /** Shows "All tags" for the empty entry. */
    private final class TagCell extends ListCell<String> {
        @Override
        protected void updateItem(String tag, boolean empty) {
            super.updateItem(tag, empty);
            setText(empty || tag == null ? null : tag.equals(ALL_TAGS) ? i18n.get("claims.filter.allTags") : tag);
        }
    }

    private void refreshTags() {
        syncing = true;
        try {
            String wanted = viewModel.tagFilterProperty().get();
            List<String> items = new ArrayList<>();
            items.add(ALL_TAGS);
            items.addAll(project.knownTags());
            tagBox.getItems().setAll(items);
            tagBox.setValue(wanted != null && items.contains(wanted) ? wanted : ALL_TAGS);
        } finally {
            syncing = false;
        }
        if (viewModel.tagFilterProperty().get() != null && !project.knownTags().contains(
                viewModel.tagFilterProperty().get())) {
            viewModel.tagFilterProperty().set(null);
        }
    }

    private void updateCounts() {
        countsLabel.setText(i18n.get("claims.counts", viewModel.visibleCountProperty().get(),
                viewModel.totalCountProperty().get()));
        kindCountLabels.forEach((kind, label) -> {
            int count = viewModel.countProperty(kind).get();
            label.setText(Integer.toString(count));
            label.getTooltip().setText(ClaimsText.kind(i18n, kind) + ": " + count);
            label.setAccessibleText(ClaimsText.kind(i18n, kind) + ": " + count);
            // Translation issues come from review, not from marking: their count shows only when there are some.
            boolean shown = kind != ClaimKind.TRANSLATION_ISSUE || count > 0;
            label.setVisible(shown);
            label.setManaged(shown);
        });
    }

    private void updateEmptyState() {
        boolean filtered = viewModel.totalCountProperty().get() > 0;
        emptyLabel.setText(i18n.get(filtered ? "claims.empty.filtered" : "claims.empty.none"));
        clearFilterButton.setVisible(filtered && viewModel.filterActiveProperty().get());
        clearFilterButton.setManaged(clearFilterButton.isVisible());
    }

    private void showSelection() {
        Claim selected = project.selectedClaimProperty().get();
        int index = selected == null ? -1 : viewModel.indexOf(selected.id());
        syncing = true;
        try {
            if (index < 0) {
                list.getSelectionModel().clearSelection();
                return;
            }
            if (list.getSelectionModel().getSelectedIndex() != index
                    || list.getSelectionModel().getSelectedItem() != list.getItems().get(index)) {
                list.getSelectionModel().clearAndSelect(index);
            }
        } finally {
            syncing = false;
        }
        scrollIntoView(index);
    }

    /** Scrolls only as far as needed, so the list does not jump when the claim is already in sight. */
    private void scrollIntoView(int index) {
        if (list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            var first = flow.getFirstVisibleCell();
            var last = flow.getLastVisibleCell();
            if (first != null && last != null && index > first.getIndex() && index < last.getIndex()) {
                return;
            }
            flow.scrollTo(index);
        } else {
            list.scrollTo(index);
        }
    }
}
