package org.factdesk.ui.main;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;

/** The light and dark looks: AtlantaFX Primer as the base, plus Factdesk's named colours and each part's sheet. */
public enum Theme {
    LIGHT("light"),
    DARK("dark");

    /** The app's stylesheets, in order: named colours first, then each part of the window. */
    public static final List<String> STYLESHEETS = List.of(
            "/org/factdesk/ui/app.css",
            "/org/factdesk/ui/main/main.css",
            "/org/factdesk/ui/article/article.css",
            "/org/factdesk/ui/claims/claims.css",
            "/org/factdesk/ui/review/review.css");

    private final String id;

    Theme(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Theme fromId(String id) {
        return "dark".equals(id) ? DARK : LIGHT;
    }

    /** Applies the theme to the whole application and to the scene's root (for the named colours). */
    public void apply(Scene scene) {
        Application.setUserAgentStylesheet(this == DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        for (String sheet : STYLESHEETS) {
            var url = Theme.class.getResource(sheet);
            if (url != null && !scene.getStylesheets().contains(url.toExternalForm())) {
                scene.getStylesheets().add(url.toExternalForm());
            }
        }
        scene.getRoot().getStyleClass().remove("theme-dark");
        if (this == DARK) {
            scene.getRoot().getStyleClass().add("theme-dark");
        }
    }
}
