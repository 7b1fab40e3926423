package org.factdesk.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Saves what a headless UI test shows as a PNG under {@code target/screenshots/}, so anyone can look at it. */
public final class Screenshots {

    public static final Path FOLDER = Path.of("target", "screenshots");

    private Screenshots() {
    }

    /** Snapshots the scene on the FX thread and writes {@code target/screenshots/<name>.png}; returns the file. */
    public static Path save(Scene scene, String name) {
        CompletableFuture<WritableImage> image = new CompletableFuture<>();
        Runnable snap = () -> image.complete(scene.snapshot(null));
        if (Platform.isFxApplicationThread()) {
            snap.run();
        } else {
            Platform.runLater(snap);
        }
        try {
            BufferedImage picture = SwingFXUtils.fromFXImage(image.get(10, TimeUnit.SECONDS), null);
            Files.createDirectories(FOLDER);
            Path file = FOLDER.resolve(name + ".png");
            ImageIO.write(picture, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Could not take the screenshot " + name, e);
        }
    }
}
