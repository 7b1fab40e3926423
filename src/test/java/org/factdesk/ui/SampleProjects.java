package org.factdesk.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.factdesk.service.ServiceException;
import org.factdesk.service.Session;
import org.factdesk.service.Workspace;
import org.factdesk.ui.task.DirectTaskRunner;

/** A real project file in a temp folder holding the sample article, and a view-model on it, for UI tests. */
public final class SampleProjects {

    public static final Path SAMPLE = Path.of("assets", "kim-putin-summit-es.txt");
    public static final Session SESSION = new Session("tester", Clock.systemUTC());

    private SampleProjects() {
    }

    /** Creates {@code dir/sample.factdesk} with the sample article and closes it again. */
    public static Path create(Path dir) throws ServiceException {
        Path file = dir.resolve("sample.factdesk");
        try (Workspace workspace = Workspace.create(file, SESSION)) {
            workspace.documents().importFiles(List.of(SAMPLE), null);
        }
        return file;
    }

    /** A view-model with a synchronous runner that has opened the sample project, in English. */
    public static ProjectViewModel openViewModel(Path dir, RecordingDialogService dialogs) throws ServiceException {
        ProjectViewModel viewModel = new ProjectViewModel(new DirectTaskRunner(), dialogs, new I18n(Locale.ENGLISH),
                SESSION);
        viewModel.open(create(dir));
        return viewModel;
    }
}
