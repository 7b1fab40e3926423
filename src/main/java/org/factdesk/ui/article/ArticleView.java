package org.factdesk.ui.article;

import static org.fxmisc.wellbehaved.event.EventPattern.keyPressed;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.controlsfx.control.textfield.CustomTextField;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Document;
import org.factdesk.model.Paragraph;
import org.factdesk.model.Suggestion;
import org.factdesk.model.Verdict;
import org.factdesk.service.Spans;
import org.factdesk.ui.I18n;
import org.factdesk.ui.ProjectViewModel;
import org.factdesk.ui.article.HighlightPlanner.Marks;
import org.factdesk.ui.article.HighlightPlanner.Range;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.Caret;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.util.UndoUtils;
import org.fxmisc.wellbehaved.event.InputMap;
import org.fxmisc.wellbehaved.event.Nodes;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The article of the current document, read-only, with its claims highlighted by kind, the selected claim, find
 * matches and a brief flash. Marks the selection with S / A / F (Alt: exactly as selected), finds with Ctrl+F, and
 * keeps the view-model's selected claim in step with clicks. Styles come from {@link HighlightPlanner}; a change
 * restyles only the paragraphs (lines of the area) it touches.
 */
public final class ArticleView {

    /** More touched claims than this at once (a document load, an undo of many) restyle the whole text in one go. */
    private static final int FULL_RESTYLE_ABOVE = 400;
    private static final int MAX_MATCHES = 10_000;
    private static final Duration FLASH_TIME = Duration.millis(700);
    private static final double READING_WIDTH = 760;

    private final ProjectViewModel viewModel;
    /**
     * Held here: {@code claims} is an unmodifiable wrapper that listens weakly to the real list, so a
     * listener added to a wrapper nobody keeps stops hearing changes after the next garbage collection.
     */
    private final ObservableList<Claim> claims;
    /** Held for the same reason as {@link #claims}. */
    private final ObservableList<Suggestion> suggestions;
    private final I18n i18n;
    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final VirtualizedScrollPane<StyleClassedTextArea> scroll;
    private final BorderPane root = new BorderPane();
    private final HBox findBar = new HBox(6);
    private final CustomTextField findField = new CustomTextField();
    private final Label findCount = new Label();
    private final Tooltip hover = new Tooltip();
    private final PauseTransition flashTimer = new PauseTransition(FLASH_TIME);

    private Document document;
    /** Offset of the first char of each line of the area (RichTextFX's paragraphs: the text split at LF). */
    private int[] lineStarts = {0};
    private String text = "";
    private int longestClaim;
    private int longestSuggestion;
    private String flashId;
    private FoldedText folded;
    private List<Range> matches = List.of();
    private int currentMatch = -1;
    private boolean selectingFromArticle;

    public ArticleView(ProjectViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.claims = viewModel.claims();
        this.suggestions = viewModel.suggestions();
        this.i18n = i18n;
        this.scroll = new VirtualizedScrollPane<>(area);
        createView();
        bind();
    }

    /** The node the shell places. */
    public Node node() {
        return root;
    }

    /** Gives the keyboard to the article. */
    public void focusArticle() {
        area.requestFocus();
    }

    /** The text area, for the shell's focus order and for tests. */
    public StyleClassedTextArea area() {
        return area;
    }

    private void createView() {
        root.setId("article-view");
        root.getStyleClass().add("article-view");
        root.getStylesheets().add(Objects.requireNonNull(
                ArticleView.class.getResource("article.css")).toExternalForm());
        area.setId("article-area");
        area.getStyleClass().add("article-area");
        area.setEditable(false);
        area.setWrapText(true);
        area.setShowCaret(Caret.CaretVisibility.ON);
        area.setUndoManager(UndoUtils.noOpUndoManager());
        area.setParagraphGraphicFactory(this::paragraphNumber);
        area.setMouseOverTextDelay(java.time.Duration.ofMillis(350));
        area.setContextMenu(contextMenu());
        area.widthProperty().addListener((obs, old, width) -> keepReadingWidth(width.doubleValue()));
        scroll.getStyleClass().add("article-scroll");
        root.setCenter(scroll);
        root.setTop(createFindBar());
        hover.getStyleClass().add("article-hover");
        hover.setWrapText(true);
        hover.setMaxWidth(360);
    }

    /** Side padding that keeps lines near a comfortable reading length in a wide window. */
    private void keepReadingWidth(double width) {
        double side = Math.max(28, (width - READING_WIDTH) / 2);
        area.setPadding(new Insets(20, side, 28, Math.max(8, side - 48)));
    }

    private Node createFindBar() {
        findBar.setId("article-find-bar");
        findBar.getStyleClass().add("article-find-bar");
        findBar.setAlignment(Pos.CENTER_LEFT);
        findField.setId("article-find-field");
        findField.promptTextProperty().bind(i18n.bind("article.find.prompt"));
        findField.setLeft(new FontIcon(Material2MZ.SEARCH));
        HBox.setHgrow(findField, Priority.SOMETIMES);
        findField.setPrefColumnCount(22);
        findCount.setId("article-find-count");
        findCount.getStyleClass().add("article-find-count");
        findCount.setMinWidth(Region.USE_PREF_SIZE);
        Button previous = iconButton("article-find-previous", Material2AL.KEYBOARD_ARROW_UP, "article.find.previous");
        previous.setOnAction(e -> stepMatch(-1));
        Button next = iconButton("article-find-next", Material2AL.KEYBOARD_ARROW_DOWN, "article.find.next");
        next.setOnAction(e -> stepMatch(1));
        Button close = iconButton("article-find-close", Material2AL.CLOSE, "article.find.close");
        close.setOnAction(e -> hideFind());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        findBar.getChildren().setAll(findField, findCount, previous, next, spring, close);
        findBar.setVisible(false);
        findBar.setManaged(false);
        findField.textProperty().addListener((obs, old, now) -> runFind(now));
        findField.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                stepMatch(e.isShiftDown() ? -1 : 1);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                hideFind();
                e.consume();
            }
        });
        i18n.localeProperty().addListener((obs, old, now) -> updateFindCount());
        return findBar;
    }

    private Button iconButton(String id, org.kordamp.ikonli.Ikon icon, String tooltipKey) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().addAll("flat", "article-find-button");
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.bind(tooltipKey));
        button.setTooltip(tip);
        button.accessibleTextProperty().bind(i18n.bind(tooltipKey));
        button.setFocusTraversable(false);
        return button;
    }

    private ContextMenu contextMenu() {
        MenuItem statement = menuItem("article.menu.statement", e -> markSelection(ClaimKind.STATEMENT, false));
        MenuItem attribution = menuItem("article.menu.attribution", e -> markSelection(ClaimKind.ATTRIBUTION, false));
        MenuItem figure = menuItem("article.menu.figure", e -> markSelection(ClaimKind.FIGURE, false));
        MenuItem copy = menuItem("article.menu.copy", e -> area.copy());
        statement.setAccelerator(new KeyCodeCombination(KeyCode.S));
        attribution.setAccelerator(new KeyCodeCombination(KeyCode.A));
        figure.setAccelerator(new KeyCodeCombination(KeyCode.F));
        copy.setAccelerator(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN));
        ContextMenu menu = new ContextMenu(statement, attribution, figure, new SeparatorMenuItem(), copy);
        menu.setId("article-context-menu");
        menu.setOnShowing(e -> {
            boolean cannotMark = area.getSelection().getLength() == 0 || !viewModel.editableBinding().get();
            statement.setDisable(cannotMark);
            attribution.setDisable(cannotMark);
            figure.setDisable(cannotMark);
            copy.setDisable(area.getSelection().getLength() == 0);
        });
        return menu;
    }

    private MenuItem menuItem(String key, javafx.event.EventHandler<javafx.event.ActionEvent> action) {
        MenuItem item = new MenuItem();
        item.textProperty().bind(i18n.bind(key));
        item.setOnAction(action);
        return item;
    }

    // ---- binding to the view-model ----

    private void bind() {
        viewModel.currentDocumentProperty().addListener((obs, old, now) -> showDocument(now));
        claims.addListener((ListChangeListener<Claim>) this::claimsChanged);
        viewModel.selectedClaimProperty().addListener((obs, old, now) -> selectionChanged(old, now));
        suggestions.addListener((ListChangeListener<Suggestion>) this::suggestionsChanged);
        viewModel.selectedSuggestionProperty().addListener((obs, old, now) -> suggestionSelectionChanged(old, now));
        flashTimer.setOnFinished(e -> {
            String was = flashId;
            flashId = null;
            viewModel.claim(was).ifPresent(claim -> restyle(linesOf(List.of(claim))));
            suggestion(was).ifPresent(suggestion -> restyle(linesOfTargets(List.of(suggestion.target()))));
        });

        area.addEventFilter(KeyEvent.KEY_PRESSED, this::articleKey);
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN).match(e)) {
                showFind();
                e.consume();
            } else if (e.getCode() == KeyCode.F3 && !e.isShortcutDown()) {
                stepMatch(e.isShiftDown() ? -1 : 1);
                e.consume();
            }
        });
        // Read-only: Tab leaves the article, and the window's undo/redo/paste shortcuts are not swallowed by the area.
        Nodes.addInputMap(area, InputMap.sequence(
                InputMap.ignore(keyPressed(KeyCode.TAB, KeyCombination.SHIFT_ANY)),
                InputMap.ignore(keyPressed(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY)),
                InputMap.ignore(keyPressed(KeyCode.Y, KeyCombination.SHORTCUT_DOWN)),
                InputMap.ignore(keyPressed(KeyCode.V, KeyCombination.SHORTCUT_DOWN)),
                InputMap.ignore(keyPressed(KeyCode.X, KeyCombination.SHORTCUT_DOWN))));

        area.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> showHover(e.getCharacterIndex(),
                e.getScreenPosition()));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> hover.hide());
        showDocument(viewModel.currentDocumentProperty().get());
    }

    private void articleKey(KeyEvent e) {
        if (e.isShortcutDown() || e.isMetaDown() || e.isControlDown()) {
            return;
        }
        ClaimKind kind = switch (e.getCode()) {
            case S -> ClaimKind.STATEMENT;
            case A -> ClaimKind.ATTRIBUTION;
            case F -> ClaimKind.FIGURE;
            default -> null;
        };
        if (kind != null && area.getSelection().getLength() > 0) {
            markSelection(kind, e.isAltDown());
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE && findBar.isVisible()) {
            hideFind();
            e.consume();
        }
    }

    private void showDocument(Document shown) {
        hover.hide();
        flashTimer.stop();
        flashId = null;
        document = shown;
        text = shown == null ? "" : shown.text();
        folded = null;
        matches = List.of();
        currentMatch = -1;
        lineStarts = lineStarts(text);
        area.replaceText(text);
        area.moveTo(0);
        area.showParagraphAtTop(0);
        longestClaim = longest(claims);
        longestSuggestion = longestSuggestion(suggestions);
        if (!claims.isEmpty() && shown != null && claims.get(0).documentId().equals(shown.id())) {
            restyleAll(); // else the claims of the new document are still coming, and restyle when they arrive
        }
        if (findBar.isVisible()) {
            runFind(findField.getText());
        }
    }

    static int[] lineStarts(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        int[] starts = new int[count];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[line++] = i + 1;
            }
        }
        return starts;
    }

    private int lineEnd(int line) {
        return line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : text.length();
    }

    private int lineOf(int offset) {
        int found = java.util.Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found : -found - 2;
    }

    private static int longest(List<Claim> claims) {
        int longest = 0;
        for (Claim claim : claims) {
            longest = Math.max(longest, claim.target().length());
        }
        return longest;
    }

    private boolean shows(Claim claim) {
        return document != null && claim.documentId().equals(document.id()) && claim.target().end() <= text.length();
    }

    private void claimsChanged(ListChangeListener.Change<? extends Claim> change) {
        List<Claim> removed = new ArrayList<>();
        List<Claim> added = new ArrayList<>();
        while (change.next()) {
            if (change.wasPermutated()) {
                continue;
            }
            removed.addAll(change.getRemoved());
            added.addAll(change.getAddedSubList());
        }
        // A reload (setAll) lists every claim as removed and added again: only the difference needs restyling.
        Set<Claim> before = new HashSet<>(removed);
        Set<Claim> after = new HashSet<>(added);
        List<Claim> touched = new ArrayList<>();
        removed.stream().filter(c -> !after.contains(c)).filter(this::shows).forEach(touched::add);
        added.stream().filter(c -> !before.contains(c)).filter(this::shows).forEach(touched::add);
        if (removed.isEmpty()) {
            for (Claim claim : added) {
                longestClaim = Math.max(longestClaim, claim.target().length());
            }
        } else {
            longestClaim = longest(claims);
        }
        if (touched.size() > FULL_RESTYLE_ABOVE) {
            restyleAll();
        } else if (!touched.isEmpty()) {
            restyle(linesOf(touched));
        }
    }

    private static int longestSuggestion(List<Suggestion> suggestions) {
        int longest = 0;
        for (Suggestion suggestion : suggestions) {
            longest = Math.max(longest, suggestion.target().length());
        }
        return longest;
    }

    private boolean shows(Suggestion suggestion) {
        return document != null && suggestion.documentId().equals(document.id())
                && suggestion.target().end() <= text.length();
    }

    private Optional<Suggestion> suggestion(String id) {
        return id == null ? Optional.empty() : suggestions.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** Restyles the lines of the suggestions that came or went (accepted, rejected, a new analysis). */
    private void suggestionsChanged(ListChangeListener.Change<? extends Suggestion> change) {
        Set<Suggestion> removed = new HashSet<>();
        Set<Suggestion> added = new HashSet<>();
        while (change.next()) {
            if (!change.wasPermutated()) {
                removed.addAll(change.getRemoved());
                added.addAll(change.getAddedSubList());
            }
        }
        List<org.factdesk.model.Target> touched = new ArrayList<>();
        removed.stream().filter(s -> !added.contains(s)).filter(this::shows).forEach(s -> touched.add(s.target()));
        added.stream().filter(s -> !removed.contains(s)).filter(this::shows).forEach(s -> touched.add(s.target()));
        longestSuggestion = longestSuggestion(suggestions);
        if (touched.size() > FULL_RESTYLE_ABOVE) {
            restyleAll();
        } else if (!touched.isEmpty()) {
            restyle(linesOfTargets(touched));
        }
    }

    private void suggestionSelectionChanged(Suggestion old, Suggestion now) {
        List<org.factdesk.model.Target> changed = new ArrayList<>(2);
        if (old != null && shows(old)) {
            changed.add(old.target());
        }
        if (now != null && shows(now)) {
            changed.add(now.target());
            int line = lineOf(now.target().start());
            if (!selectingFromArticle && !lineFullyVisible(line)) {
                area.showParagraphAtCenter(line);
            }
            String previous = flashId;
            flashId = now.id();
            if (previous != null && !previous.equals(flashId)) {
                viewModel.claim(previous).filter(this::shows).ifPresent(c -> changed.add(c.target()));
            }
            flashTimer.playFromStart();
        }
        restyle(linesOfTargets(changed));
    }

    private void selectionChanged(Claim old, Claim now) {
        String oldId = old == null ? null : old.id();
        String newId = now == null ? null : now.id();
        if (Objects.equals(oldId, newId)) {
            return;
        }
        List<Claim> changed = new ArrayList<>(2);
        if (old != null && shows(old)) {
            changed.add(old);
        }
        if (now != null && shows(now)) {
            changed.add(now);
            if (!selectingFromArticle) {
                // A claim just marked here lies under the user's selection, in view: asking whether it is on
                // screen would force a layout of the flow for nothing.
                IndexRange selection = area.getSelection();
                boolean underSelection = selection.getLength() > 0 && now.target().start() < selection.getEnd()
                        && selection.getStart() < now.target().end();
                if (!underSelection) {
                    scrollTo(now);
                }
                flash(now);
            }
        }
        restyle(linesOf(changed));
    }

    private void flash(Claim claim) {
        String previous = flashId;
        flashId = claim.id();
        if (previous != null && !previous.equals(flashId)) {
            viewModel.claim(previous).filter(this::shows).ifPresent(c -> restyle(linesOf(List.of(c))));
        }
        flashTimer.playFromStart();
    }

    private void scrollTo(Claim claim) {
        int line = lineOf(claim.target().start());
        if (!lineFullyVisible(line)) {
            area.showParagraphAtCenter(line);
        }
    }

    /**
     * Whether the whole paragraph is on screen. Asks only the cells on screen for their bounds: RichTextFX's
     * first/last visible paragraph lookups walk every paragraph, which cost milliseconds on every mark of a long
     * article.
     */
    private boolean lineFullyVisible(int line) {
        try {
            int start = area.getAbsolutePosition(line, 0);
            int end = start + area.getParagraphLength(line);
            Bounds viewport = area.localToScreen(area.getBoundsInLocal());
            if (viewport == null || end == start) {
                return false;
            }
            Optional<Bounds> first = area.getCharacterBoundsOnScreen(start, start + 1);
            Optional<Bounds> last = area.getCharacterBoundsOnScreen(end - 1, end);
            return first.isPresent() && last.isPresent() && viewport.contains(first.get())
                    && viewport.contains(last.get());
        } catch (RuntimeException notLaidOutYet) {
            return false;
        }
    }

    private BitSet linesOf(Collection<Claim> claims) {
        return linesOfTargets(claims.stream().map(Claim::target).toList());
    }

    private BitSet linesOfTargets(Collection<org.factdesk.model.Target> targets) {
        BitSet lines = new BitSet();
        for (org.factdesk.model.Target target : targets) {
            lines.set(lineOf(target.start()), lineOf(Math.max(target.start(), target.end() - 1)) + 1);
        }
        return lines;
    }

    private BitSet linesOfRanges(List<Range> ranges) {
        BitSet lines = new BitSet();
        for (Range range : ranges) {
            lines.set(lineOf(range.start()), lineOf(Math.max(range.start(), range.end() - 1)) + 1);
        }
        return lines;
    }

    private Marks marks() {
        Claim selected = viewModel.selectedClaimProperty().get();
        Suggestion suggested = viewModel.selectedSuggestionProperty().get();
        return new Marks(selected != null ? selected.id() : suggested != null ? suggested.id() : null, flashId);
    }

    private StyleSpans<Collection<String>> planLine(int line, Marks marks) {
        int start = lineStarts[line];
        int end = lineEnd(line);
        List<Claim> here = HighlightPlanner.overlapping(claims, longestClaim, start, end);
        here.removeIf(claim -> !claim.documentId().equals(document.id())); // the list may still be the last one's
        List<Suggestion> proposed = HighlightPlanner.overlappingSuggestions(suggestions, longestSuggestion, start,
                end);
        proposed.removeIf(suggestion -> !suggestion.documentId().equals(document.id()));
        return HighlightPlanner.plan(start, end, here, proposed,
                HighlightPlanner.overlappingRanges(matches, start, end), marks);
    }

    /** Restyles the given lines only: each is one small change of the area. */
    private void restyle(BitSet lines) {
        if (document == null) {
            return;
        }
        Marks marks = marks();
        for (int line = lines.nextSetBit(0); line >= 0 && line < lineStarts.length; line = lines.nextSetBit(line + 1)) {
            if (lineEnd(line) > lineStarts[line]) {
                area.setStyleSpans(line, 0, planLine(line, marks));
            }
        }
    }

    /** Styles the whole text in one change (a new document, a reload). */
    private void restyleAll() {
        if (text.isEmpty()) {
            return;
        }
        Marks marks = marks();
        StyleSpansBuilder<Collection<String>> all = new StyleSpansBuilder<>(lineStarts.length * 2);
        for (int line = 0; line < lineStarts.length; line++) {
            if (line > 0) {
                all.add(List.of(), 1);
            }
            if (lineEnd(line) > lineStarts[line]) {
                all.addAll(planLine(line, marks));
            }
        }
        area.setStyleSpans(0, all.create());
    }

    // ---- paragraph numbers ----

    private Node paragraphNumber(int line) {
        Label number = new Label(paragraphLabel(line));
        number.getStyleClass().add("paragraph-number");
        number.setAlignment(Pos.TOP_RIGHT);
        return number;
    }

    /** The document's paragraph number (from 1) on the line where that paragraph starts; blank elsewhere. */
    private String paragraphLabel(int line) {
        if (document == null || line >= lineStarts.length || lineEnd(line) == lineStarts[line]) {
            return "";
        }
        List<Paragraph> paragraphs = document.paragraphs();
        int start = lineStarts[line];
        int end = lineEnd(line);
        int low = 0;
        int high = paragraphs.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Paragraph paragraph = paragraphs.get(mid);
            if (paragraph.start() < start) {
                low = mid + 1;
            } else if (paragraph.start() >= end) {
                high = mid - 1;
            } else {
                return String.valueOf(paragraph.index() + 1);
            }
        }
        return paragraphs.isEmpty() ? String.valueOf(line + 1) : "";
    }

    // ---- marking and selecting ----

    /**
     * Marks the selected text as a claim of the kind, snapped to whole words unless {@code exact}; does nothing
     * without a selection or when the project cannot be changed. The view-model selects the new claim.
     */
    public void markSelection(ClaimKind kind, boolean exact) {
        int start = area.getSelection().getStart();
        int end = area.getSelection().getEnd();
        if (document == null || start >= end || !viewModel.editableBinding().get()) {
            return;
        }
        int[] span = exact ? new int[] {start, end} : Spans.snapToWords(text, start, end);
        if (span[0] < span[1] && !text.substring(span[0], span[1]).isBlank()) {
            viewModel.mark(kind, span[0], span[1]);
        }
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress() || area.getSelection().getLength() > 0) {
            return;
        }
        area.hit(e.getX(), e.getY()).getCharacterIndex().ifPresent(offset -> {
            Optional<Claim> claim = innermostAt(offset);
            Optional<Suggestion> suggestion = claim.isPresent() ? Optional.empty() : suggestionsAt(offset).stream()
                    .findFirst();
            selectingFromArticle = true;
            try {
                claim.ifPresent(viewModel.selectedClaimProperty()::set);
                suggestion.ifPresent(viewModel.selectedSuggestionProperty()::set);
            } finally {
                selectingFromArticle = false;
            }
        });
    }

    /** The claims covering the char at the offset, the shortest (innermost) first. */
    List<Claim> claimsAt(int offset) {
        List<Claim> covering = new ArrayList<>(HighlightPlanner.overlapping(claims, longestClaim, offset,
                offset + 1));
        covering.sort(Comparator.comparingInt((Claim c) -> c.target().length())
                .thenComparing(ProjectViewModel.DOCUMENT_ORDER));
        return covering;
    }

    /** The pending suggestions covering the char at the offset, the shortest first. */
    List<Suggestion> suggestionsAt(int offset) {
        List<Suggestion> covering = new ArrayList<>(HighlightPlanner.overlappingSuggestions(suggestions,
                longestSuggestion, offset, offset + 1));
        covering.sort(Comparator.comparingInt((Suggestion s) -> s.target().length()).thenComparing(Suggestion::id));
        return covering;
    }

    private Optional<Claim> innermostAt(int offset) {
        return claimsAt(offset).stream().findFirst();
    }

    private void showHover(int offset, Point2D screen) {
        List<Claim> covering = claimsAt(offset);
        List<Suggestion> suggested = suggestionsAt(offset);
        if (covering.isEmpty() && suggested.isEmpty()) {
            hover.hide();
            return;
        }
        List<String> lines = new ArrayList<>();
        for (Claim claim : covering) {
            lines.add(i18n.get("article.hover.claim", kindWords(claim.kind()), verdictWords(claim.verdict())));
        }
        for (Suggestion suggestion : suggested) {
            lines.add(i18n.get("article.hover.suggestion", kindWords(suggestion.kind())));
        }
        hover.setText(String.join("\n", lines));
        hover.show(area, screen.getX() + 12, screen.getY() + 16);
    }

    private String kindWords(ClaimKind kind) {
        return switch (kind) {
            case STATEMENT -> i18n.get("article.kind.statement");
            case ATTRIBUTION -> i18n.get("article.kind.attribution");
            case FIGURE -> i18n.get("article.kind.figure");
            case TRANSLATION_ISSUE -> i18n.get("article.kind.translation-issue");
        };
    }

    private String verdictWords(Verdict verdict) {
        return switch (verdict) {
            case UNVERIFIED -> i18n.get("article.verdict.unverified");
            case TRUE -> i18n.get("article.verdict.true");
            case MOSTLY_TRUE -> i18n.get("article.verdict.mostly-true");
            case MIXED -> i18n.get("article.verdict.mixed");
            case MOSTLY_FALSE -> i18n.get("article.verdict.mostly-false");
            case FALSE -> i18n.get("article.verdict.false");
            case MISLEADING -> i18n.get("article.verdict.misleading");
            case UNVERIFIABLE -> i18n.get("article.verdict.unverifiable");
        };
    }

    /** Selects the claim after the selected one (or after the caret), in document order. */
    public void selectNextClaim() {
        Claim selected = viewModel.selectedClaimProperty().get();
        int index = selected == null ? -1 : claims.indexOf(selected);
        Claim next = null;
        if (index >= 0) {
            next = index + 1 < claims.size() ? claims.get(index + 1) : null;
        } else {
            int caret = area.getSelection().getLength() > 0 ? area.getSelection().getStart() : area.getCaretPosition();
            next = claims.stream().filter(c -> c.target().start() >= caret).findFirst().orElse(null);
        }
        if (next != null) {
            viewModel.selectedClaimProperty().set(next);
        }
    }

    /** Selects the claim before the selected one (or before the caret), in document order. */
    public void selectPreviousClaim() {
        Claim selected = viewModel.selectedClaimProperty().get();
        int index = selected == null ? -1 : claims.indexOf(selected);
        Claim previous = null;
        if (index >= 0) {
            previous = index > 0 ? claims.get(index - 1) : null;
        } else {
            int caret = area.getSelection().getLength() > 0 ? area.getSelection().getStart() : area.getCaretPosition();
            for (Claim claim : claims) {
                if (claim.target().start() >= caret) {
                    break;
                }
                previous = claim;
            }
        }
        if (previous != null) {
            viewModel.selectedClaimProperty().set(previous);
        }
    }

    // ---- find ----

    /** Opens the find bar (or selects its text when open) and gives it the keyboard. */
    public void showFind() {
        findBar.setManaged(true);
        findBar.setVisible(true);
        String selected = area.getSelectedText();
        if (!selected.isEmpty() && selected.length() < 100 && selected.indexOf('\n') < 0) {
            findField.setText(selected);
        }
        findField.requestFocus();
        findField.selectAll();
        runFind(findField.getText());
    }

    /** Closes the find bar, clears the matches and gives the keyboard back to the article. */
    public void hideFind() {
        findBar.setVisible(false);
        findBar.setManaged(false);
        setMatches(List.of());
        currentMatch = -1;
        area.requestFocus();
    }

    /** The current find matches (for tests and the status bar). */
    List<Range> matches() {
        return matches;
    }

    private void runFind(String query) {
        if (!findBar.isVisible() || query == null || query.isBlank()) {
            setMatches(List.of());
            currentMatch = -1;
            updateFindCount();
            return;
        }
        if (folded == null) {
            folded = FoldedText.of(text);
        }
        setMatches(folded.find(query, MAX_MATCHES));
        int from = area.getSelection().getLength() > 0 ? area.getSelection().getStart() : area.getCaretPosition();
        currentMatch = matches.isEmpty() ? -1 : 0;
        for (int i = 0; i < matches.size(); i++) {
            if (matches.get(i).start() >= from) {
                currentMatch = i;
                break;
            }
        }
        if (currentMatch >= 0) {
            int line = lineOf(matches.get(currentMatch).start());
            if (!lineFullyVisible(line)) {
                area.showParagraphAtCenter(line);
            }
        }
        updateFindCount();
    }

    private void setMatches(List<Range> now) {
        List<Range> before = matches;
        matches = List.copyOf(now);
        BitSet lines = linesOfRanges(before);
        lines.or(linesOfRanges(matches));
        if (lines.cardinality() > FULL_RESTYLE_ABOVE) {
            restyleAll();
        } else {
            restyle(lines);
        }
    }

    /** Moves to the next (+1) or previous (-1) match, selects it and scrolls to it. */
    private void stepMatch(int step) {
        if (!findBar.isVisible()) {
            showFind();
            return;
        }
        if (matches.isEmpty()) {
            return;
        }
        Range shown = currentMatch >= 0 ? matches.get(currentMatch) : null;
        boolean onCurrent = shown != null && area.getSelection().getStart() == shown.start()
                && area.getSelection().getEnd() == shown.end();
        if (onCurrent || currentMatch < 0) {
            currentMatch = Math.floorMod(currentMatch + step, matches.size());
        }
        Range match = matches.get(currentMatch);
        area.selectRange(match.start(), match.end());
        area.requestFollowCaret();
        int line = lineOf(match.start());
        if (!lineFullyVisible(line)) {
            area.showParagraphAtCenter(line);
        }
        updateFindCount();
    }

    private void updateFindCount() {
        if (findField.getText() == null || findField.getText().isBlank()) {
            findCount.setText("");
        } else if (matches.isEmpty()) {
            findCount.setText(i18n.get("article.find.none"));
        } else {
            findCount.setText(i18n.get("article.find.count", currentMatch + 1, matches.size()));
        }
    }
}
