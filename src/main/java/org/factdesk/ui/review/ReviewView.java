package org.factdesk.ui.review;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.factdesk.model.AlignedSegment;
import org.factdesk.model.ReviewIssue;
import org.factdesk.model.Severity;
import org.factdesk.service.DocumentInfo;
import org.factdesk.service.ReviewResult;
import org.factdesk.ui.I18n;
import org.factdesk.ui.task.TaskRunner;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.fxmisc.richtext.util.UndoUtils;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The "Review translation" mode: the source (when there is one) and the translation side by side, read-only, their
 * aligned sentences scrolling together; the issues grouped by check, highlighted in the text; each can be kept as a
 * claim or dismissed. Keys: Enter or C keeps the selected issue as a claim, Delete dismisses it, Escape closes.
 */
public final class ReviewView {

    /** A choice of the source box: a document, or none ({@code id == null}). */
    record SourceChoice(String id, String title) {
    }

    private final ReviewViewModel viewModel;
    private final I18n i18n;
    private final TaskRunner runner;
    private final BorderPane root = new BorderPane();
    private final StyleClassedTextArea sourceArea = textArea("review-source-area");
    private final StyleClassedTextArea targetArea = textArea("review-target-area");
    private final VBox sourcePane;
    private final SplitPane split = new SplitPane();
    private final TreeView<Object> tree = new TreeView<>();
    private final ComboBox<SourceChoice> sourceBox = new ComboBox<>();
    private final Label sourceTitle = new Label();
    private final Label targetTitle = new Label();
    private final Label count = new Label();
    private final VBox issuesPane;
    private Runnable onClose = () -> { };
    private Runnable onImportSource = () -> { };
    private boolean updatingSourceBox;

    public ReviewView(ReviewViewModel viewModel, I18n i18n, TaskRunner runner) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.runner = runner;
        sourcePane = pane(sourceTitle, sourceArea, "review-source-pane");
        VBox targetPane = pane(targetTitle, targetArea, "review-target-pane");
        issuesPane = issuesPane();
        split.setId("review-split");
        split.getItems().setAll(targetPane, issuesPane);
        root.setId("review-view");
        root.getStyleClass().add("review-view");
        root.setTop(toolBar());
        root.setCenter(split);
        bind();
    }

    public Node node() {
        return root;
    }

    /** What Escape and the close button do: go back to the article. */
    public void setOnClose(Runnable action) {
        onClose = action;
    }

    /** What "Import source…" does: ask for a file, then {@link ReviewViewModel#importSource}. */
    public void setOnImportSource(Runnable action) {
        onImportSource = action;
    }

    /** Puts the keyboard in the issues list. */
    public void focusIssues() {
        tree.requestFocus();
    }

    StyleClassedTextArea sourceArea() {
        return sourceArea;
    }

    StyleClassedTextArea targetArea() {
        return targetArea;
    }

    // ---- building ----

    private static StyleClassedTextArea textArea(String id) {
        StyleClassedTextArea area = new StyleClassedTextArea();
        area.setId(id);
        area.getStyleClass().add("review-area");
        area.setEditable(false);
        area.setWrapText(true);
        area.setUndoManager(UndoUtils.noOpUndoManager());
        area.setPadding(new Insets(12, 16, 16, 16));
        return area;
    }

    private static VBox pane(Label title, StyleClassedTextArea area, String id) {
        title.getStyleClass().add("review-pane-title");
        title.setMaxWidth(Double.MAX_VALUE);
        VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox pane = new VBox(title, scroll);
        pane.setId(id);
        pane.getStyleClass().add("review-pane");
        return pane;
    }

    private HBox toolBar() {
        Label sourceLabel = new Label();
        sourceLabel.textProperty().bind(i18n.bind("review.source"));
        sourceLabel.setLabelFor(sourceBox);
        sourceLabel.setMnemonicParsing(true);
        sourceBox.setId("review-source");
        sourceBox.setPrefWidth(280);
        sourceBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(SourceChoice choice) {
                return choice == null ? "" : choice.id() == null ? i18n.get("review.source.none") : choice.title();
            }

            @Override
            public SourceChoice fromString(String text) {
                return null;
            }
        });
        sourceBox.valueProperty().addListener((obs, old, chosen) -> {
            if (!updatingSourceBox && chosen != null) {
                viewModel.chooseSource(chosen.id());
            }
        });
        sourceBox.setOnShowing(event -> fillSourceBox());

        Button importSource = button("review.importSource", Material2AL.FILE_UPLOAD, "review-import-source",
                () -> onImportSource.run());
        CheckBox languageTool = new CheckBox();
        languageTool.setId("review-languagetool");
        languageTool.selectedProperty().bindBidirectional(viewModel.languageToolProperty());
        if (viewModel.languageToolInstalled()) {
            languageTool.textProperty().bind(i18n.bind("review.languageTool"));
        } else {
            // The installers ship LanguageTool as an optional package: say what is missing and how to get it.
            languageTool.textProperty().bind(i18n.bind("review.languageTool.missing"));
            languageTool.setDisable(true);
            Tooltip help = new Tooltip();
            help.textProperty().bind(i18n.bind("review.languageTool.missing.help"));
            languageTool.setTooltip(help);
            languageTool.accessibleHelpProperty().bind(i18n.bind("review.languageTool.missing.help"));
        }
        Button again = button("review.run", Material2MZ.REFRESH, "review-run", viewModel::start);
        again.disableProperty().bind(viewModel.runningProperty());

        ProgressBar progress = new ProgressBar();
        progress.setId("review-progress");
        progress.progressProperty().bind(runner.progressProperty());
        progress.setPrefWidth(140);
        Button cancel = button("review.cancel", Material2AL.CLOSE, "review-cancel", viewModel::cancel);
        HBox running = new HBox(6, progress, cancel);
        running.setAlignment(Pos.CENTER_LEFT);
        running.visibleProperty().bind(viewModel.runningProperty());
        running.managedProperty().bind(viewModel.runningProperty());

        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        Button close = button("review.close", Material2AL.ARROW_BACK, "review-close", () -> onClose.run());
        HBox bar = new HBox(8, sourceLabel, sourceBox, importSource, languageTool, again, running, spring, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setId("review-toolbar");
        bar.getStyleClass().add("review-toolbar");
        return bar;
    }

    private Button button(String key, org.kordamp.ikonli.Ikon icon, String id, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(i18n.bind(key));
        button.setGraphic(new FontIcon(icon));
        button.setOnAction(event -> action.run());
        return button;
    }

    private VBox issuesPane() {
        count.getStyleClass().add("review-pane-title");
        count.setMaxWidth(Double.MAX_VALUE);
        tree.setId("review-issues");
        tree.getStyleClass().add("review-issues");
        tree.setShowRoot(false);
        tree.setRoot(new TreeItem<>());
        tree.setCellFactory(view -> new IssueCell());
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null && item.getValue() instanceof ReviewIssue issue) {
                viewModel.selectedIssueProperty().set(issue);
            }
        });
        tree.setOnKeyPressed(event -> {
            ReviewIssue issue = viewModel.selectedIssueProperty().get();
            if (issue == null) {
                return;
            }
            if (event.getCode() == KeyCode.DELETE || event.getCode() == KeyCode.BACK_SPACE) {
                viewModel.dismiss(issue);
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.C) {
                viewModel.makeClaim(issue);
                event.consume();
            }
        });
        VBox.setVgrow(tree, Priority.ALWAYS);
        Button claim = button("review.makeClaim", Material2AL.ADD_TASK, "review-make-claim",
                () -> viewModel.makeClaim(viewModel.selectedIssueProperty().get()));
        Button dismiss = button("review.dismiss", Material2MZ.VISIBILITY_OFF, "review-dismiss",
                () -> viewModel.dismiss(viewModel.selectedIssueProperty().get()));
        claim.disableProperty().bind(viewModel.selectedIssueProperty().isNull());
        dismiss.disableProperty().bind(viewModel.selectedIssueProperty().isNull());
        HBox actions = new HBox(8, claim, dismiss);
        actions.getStyleClass().add("review-actions");
        Label hint = new Label();
        hint.textProperty().bind(i18n.bind("review.keys"));
        hint.getStyleClass().add("review-hint");
        hint.setWrapText(true);
        VBox pane = new VBox(6, count, tree, actions, hint);
        pane.setId("review-issues-pane");
        pane.getStyleClass().add("review-pane");
        pane.setMinWidth(280);
        return pane;
    }

    // ---- binding ----

    private void bind() {
        root.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                onClose.run();
                event.consume();
            }
        });
        viewModel.resultProperty().addListener((obs, old, result) -> showResult(result));
        viewModel.issues().addListener((ListChangeListener<ReviewIssue>) change -> {
            fillTree();
            restyle();
        });
        viewModel.selectedIssueProperty().addListener((obs, old, issue) -> {
            selectInTree(issue);
            restyle();
            reveal(issue);
        });
        count.textProperty().bind(Bindings.createStringBinding(() -> viewModel.runningProperty().get()
                && viewModel.resultProperty().get() == null ? i18n.get("review.running")
                : i18n.get("review.count", viewModel.issues().size()),
                viewModel.issues(), viewModel.runningProperty(), viewModel.resultProperty(), i18n.localeProperty()));
        i18n.localeProperty().addListener((obs, old, locale) -> {
            showTitles(viewModel.resultProperty().get());
            tree.refresh();
        });
        // Aligned sentences scroll together, led by the side the user is reading (mouse or keyboard on it).
        targetArea.estimatedScrollYProperty().addListener((obs, old, y) -> follow(targetArea, sourceArea, true));
        sourceArea.estimatedScrollYProperty().addListener((obs, old, y) -> follow(sourceArea, targetArea, false));
    }

    private void showResult(ReviewResult result) {
        showTitles(result);
        if (result == null) {
            return;
        }
        if (!targetArea.getText().equals(result.translation().text())) {
            targetArea.replaceText(result.translation().text());
            targetArea.moveTo(0);
            targetArea.showParagraphAtTop(0);
        }
        boolean withSource = result.source() != null;
        if (withSource && !sourceArea.getText().equals(result.source().text())) {
            sourceArea.replaceText(result.source().text());
            sourceArea.moveTo(0);
            sourceArea.showParagraphAtTop(0);
        }
        if (withSource && !split.getItems().contains(sourcePane)) {
            split.getItems().add(0, sourcePane);
            split.setDividerPositions(0.36, 0.72);
        } else if (!withSource) {
            split.getItems().remove(sourcePane);
            split.setDividerPositions(0.66);
        }
        fillSourceBox();
        restyle();
        reveal(viewModel.selectedIssueProperty().get());
    }

    private void showTitles(ReviewResult result) {
        targetTitle.setText(result == null ? "" : i18n.get("review.translation", result.translation().title(),
                result.translation().language().code()));
        sourceTitle.setText(result == null || result.source() == null ? ""
                : i18n.get("review.original", result.source().title(), result.source().language().code()));
    }

    private void fillSourceBox() {
        updatingSourceBox = true;
        try {
            List<SourceChoice> choices = new java.util.ArrayList<>();
            choices.add(new SourceChoice(null, ""));
            for (DocumentInfo document : viewModel.sourceChoices()) {
                choices.add(new SourceChoice(document.id(), document.title()));
            }
            sourceBox.getItems().setAll(choices);
            ReviewResult result = viewModel.resultProperty().get();
            String sourceId = result == null || result.source() == null ? null : result.source().id();
            sourceBox.setValue(choices.stream().filter(c -> java.util.Objects.equals(c.id(), sourceId)).findFirst()
                    .orElse(choices.get(0)));
        } finally {
            updatingSourceBox = false;
        }
    }

    private void fillTree() {
        TreeItem<Object> rootItem = new TreeItem<>();
        for (Map.Entry<String, List<ReviewIssue>> group : viewModel.groupedByCheck().entrySet()) {
            TreeItem<Object> groupItem = new TreeItem<>(new Group(group.getKey(), group.getValue().size(),
                    worst(group.getValue())));
            groupItem.setExpanded(true);
            for (ReviewIssue issue : group.getValue()) {
                groupItem.getChildren().add(new TreeItem<>(issue));
            }
            rootItem.getChildren().add(groupItem);
        }
        tree.setRoot(rootItem);
        selectInTree(viewModel.selectedIssueProperty().get());
    }

    private static Severity worst(List<ReviewIssue> issues) {
        return issues.stream().map(ReviewIssue::severity).max(Enum::compareTo).orElse(Severity.INFO);
    }

    private record Group(String check, int size, Severity severity) {
    }

    private void selectInTree(ReviewIssue issue) {
        if (issue == null) {
            return;
        }
        for (TreeItem<Object> group : tree.getRoot().getChildren()) {
            for (TreeItem<Object> item : group.getChildren()) {
                if (item.getValue().equals(issue)) {
                    if (tree.getSelectionModel().getSelectedItem() != item) {
                        tree.getSelectionModel().select(item);
                        int row = tree.getRow(item);
                        if (row >= 0) {
                            tree.scrollTo(Math.max(0, row - 3));
                        }
                    }
                    return;
                }
            }
        }
    }

    private void restyle() {
        String text = targetArea.getText();
        if (!text.isEmpty()) {
            targetArea.setStyleSpans(0, ReviewHighlights.translation(text.length(), viewModel.issues(),
                    viewModel.selectedIssueProperty().get()));
        }
        String source = sourceArea.getText();
        if (!source.isEmpty()) {
            ReviewIssue selected = viewModel.selectedIssueProperty().get();
            Optional<AlignedSegment> segment = selected == null ? Optional.empty()
                    : viewModel.segmentAtTarget(selected.start());
            sourceArea.setStyleSpans(0, ReviewHighlights.source(source.length(),
                    segment.map(AlignedSegment::sourceStart).orElse(0), segment.map(AlignedSegment::sourceEnd)
                            .orElse(0)));
        }
    }

    /** Scrolls both sides to an issue: the translation to its span, the source to the aligned sentence. */
    private void reveal(ReviewIssue issue) {
        String text = targetArea.getText();
        if (issue == null || issue.end() > text.length()) {
            return;
        }
        int line = targetArea.offsetToPosition(issue.start(), Bias.Forward).getMajor();
        targetArea.selectRange(issue.start(), issue.end());
        targetArea.showParagraphAtCenter(line);
        viewModel.segmentAtTarget(issue.start()).ifPresent(segment -> {
            if (segment.sourceStart() <= sourceArea.getLength()) {
                sourceArea.showParagraphAtCenter(sourceArea.offsetToPosition(segment.sourceStart(), Bias.Forward)
                        .getMajor());
            }
        });
    }

    private void follow(StyleClassedTextArea leader, StyleClassedTextArea follower, boolean leaderIsTarget) {
        if (!split.getItems().contains(sourcePane) || !(leader.isHover() || leader.isFocused())
                || leader.getParagraphs().isEmpty() || follower.getParagraphs().isEmpty()) {
            return;
        }
        int paragraph;
        try {
            paragraph = leader.firstVisibleParToAllParIndex();
        } catch (IllegalStateException | IndexOutOfBoundsException e) {
            return; // not laid out yet
        }
        int offset = leader.getAbsolutePosition(paragraph, 0);
        Optional<AlignedSegment> segment = leaderIsTarget ? viewModel.segmentAtTarget(offset)
                : viewModel.segmentAtSource(offset);
        segment.ifPresent(s -> {
            int other = Math.min(leaderIsTarget ? s.sourceStart() : s.targetStart(), follower.getLength());
            follower.showParagraphAtTop(follower.offsetToPosition(other, Bias.Forward).getMajor());
        });
    }

    /**
     * One row of the issues tree: a check with its count, or an issue: severity icon and the quoted text on the first
     * line, the message (and suggested fix) wrapped below, as wide as the list and never wider.
     */
    private final class IssueCell extends TreeCell<Object> {

        private final FontIcon icon = new FontIcon();
        private final Label heading = new Label();
        private final Label message = new Label();
        private final VBox lines = new VBox(2, heading, message);

        IssueCell() {
            heading.getStyleClass().add("review-item-heading");
            message.getStyleClass().add("review-item-message");
            message.setWrapText(true);
            heading.setMinWidth(0);
            message.setMinWidth(0);
            lines.setMinWidth(0);
            setPrefWidth(0);
            message.maxWidthProperty().bind(tree.widthProperty().subtract(70));
            heading.maxWidthProperty().bind(tree.widthProperty().subtract(70));
        }

        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("review-group", "review-item");
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            Severity severity;
            if (item instanceof Group group) {
                severity = group.severity();
                setText(i18n.get("review.group", group.check(), group.size()));
                setGraphic(icon);
                setContentDisplay(javafx.scene.control.ContentDisplay.LEFT);
                getStyleClass().add("review-group");
                setAccessibleText(getText());
            } else {
                ReviewIssue issue = (ReviewIssue) item;
                severity = issue.severity();
                heading.setText(viewModel.heading(issue));
                heading.setGraphic(icon);
                message.setText(viewModel.message(issue));
                setText(null);
                setGraphic(lines);
                getStyleClass().add("review-item");
                setAccessibleText(viewModel.describe(issue));
            }
            icon.setIconCode(switch (severity) {
                case ERROR -> Material2AL.ERROR;
                case WARNING -> Material2MZ.WARNING;
                case INFO -> Material2AL.INFO;
            });
            icon.getStyleClass().setAll("review-severity-icon", "review-icon-" + severity.id());
        }
    }
}
