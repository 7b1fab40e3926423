package org.factdesk.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.factdesk.model.Language;

/** The project every new user first sees: the built-in sample article, in a project of its own. */
public final class SampleProject {

    /** Where the sample article travels inside the jar. */
    public static final String RESOURCE = "/org/factdesk/assets/kim-putin-summit-es.txt";
    public static final String FILE_NAME = "Sample.factdesk";
    static final String TITLE = "Kim y Putin preparan su cumbre en Vladivostok (artículo de muestra)";

    private SampleProject() {
    }

    /** Creates the sample project in the folder, unless it exists already; returns its file. */
    public static Path ensure(Path folder, Session session) throws ServiceException {
        Path file = folder.resolve(FILE_NAME);
        if (Files.exists(file)) {
            return file;
        }
        byte[] article;
        try (InputStream in = SampleProject.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new ServiceException("The sample article is missing from this build of Factdesk.");
            }
            article = in.readAllBytes();
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new ServiceException("Could not prepare the sample project in " + folder + ": " + e.getMessage(),
                    e);
        }
        try (Workspace workspace = Workspace.create(file, session)) {
            workspace.documents().importBytes(article, "kim-putin-summit-es.txt", TITLE, Language.ES);
        } catch (ServiceException e) {
            deleteQuietly(file);
            throw e;
        }
        return file;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the error that brought us here is the one the user needs to see
        }
    }
}
