package org.factdesk.cli;

import java.time.LocalDate;
import org.factdesk.service.ServiceException;
import org.factdesk.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code factdesk publication}: sets where and when an article was published, for ClaimReview. */
@Command(name = "publication", mixinStandardHelpOptions = true,
        description = "Set where and when an article was published (ClaimReview's appearance of the claims). "
                + "Without --url the article's source is used when it is a web address.")
final class PublicationCommand extends ProjectCommand {

    @Option(names = "--doc", required = true, paramLabel = "ID", description = "The article (id or unique prefix).")
    String document;

    @Option(names = "--url", paramLabel = "URL", description = "Its published web address (http or https).")
    String url;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The day it was published.")
    LocalDate date;

    @Override
    void run() throws ServiceException {
        try (Workspace workspace = openProject()) {
            workspace.reports().setPublication(document, url, date);
            out().println("Publication set" + (url == null ? "" : ": " + url) + (date == null ? "" : " " + date)
                    + ".");
        }
    }
}
