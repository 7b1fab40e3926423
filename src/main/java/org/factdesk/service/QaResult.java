package org.factdesk.service;

import java.util.List;

/** What {@code factdesk qa} prints. */
public record QaResult(List<QaIssueView> issues) {
}
