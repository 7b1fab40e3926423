package org.factdesk.service;

import java.util.List;
import org.factdesk.model.Claim;
import org.factdesk.report.CliJson;

/** Renders the command line's results as JSON, in the shapes DESIGN.md fixes for other programs. */
public final class JsonOutput {

    private final Workspace workspace;

    JsonOutput(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Any result record (documents, export and merge results) as pretty JSON. */
    public static String of(Object value) {
        return CliJson.value(value);
    }

    /** {@code {"claims":[…]}}, each claim in the report's shape, with code-point offsets and its document id. */
    public String claims(List<Claim> claims) throws ServiceException {
        return CliJson.claims(claims, documentId -> workspace.store().documents().find(documentId).orElseThrow());
    }

    /** {@code {"claim":{…}}}, as one element of {@link #claims}. */
    public String claim(Claim claim) throws ServiceException {
        return CliJson.claim(claim, workspace.documents().get(claim.documentId()));
    }
}
