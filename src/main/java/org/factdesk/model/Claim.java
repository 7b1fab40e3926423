package org.factdesk.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An annotation on a span of a document. The kind-specific details ({@code attribution}, {@code figure},
 * {@code issue}) are present only for their own kind and {@code null} otherwise.
 */
public record Claim(
        String id,
        String documentId,
        ClaimKind kind,
        Target target,
        Verdict verdict,
        String note,
        List<String> tags,
        List<Evidence> evidence,
        String author,
        Instant createdAt,
        Instant updatedAt,
        Origin origin,
        Attribution attribution,
        Figure figure,
        TranslationIssue issue) {

    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        verdict = verdict == null ? Verdict.UNVERIFIED : verdict;
        note = note == null ? "" : note;
        tags = List.copyOf(tags == null ? List.of() : tags);
        evidence = List.copyOf(evidence == null ? List.of() : evidence);
        author = author == null ? "" : author;
        origin = origin == null ? Origin.MANUAL : origin;
        if (attribution != null && kind != ClaimKind.ATTRIBUTION) {
            throw new IllegalArgumentException("Only an attribution has attribution details, not a " + kind.id());
        }
        if (figure != null && kind != ClaimKind.FIGURE) {
            throw new IllegalArgumentException("Only a figure has figure details, not a " + kind.id());
        }
        if (issue != null && kind != ClaimKind.TRANSLATION_ISSUE) {
            throw new IllegalArgumentException("Only a translation issue has issue details, not a " + kind.id());
        }
    }

    /** A new, unverified claim with the kind's empty details, created now. */
    public static Claim create(String documentId, ClaimKind kind, Target target, String author, Origin origin,
            Instant now) {
        return new Claim(Ids.newId(), documentId, kind, target, Verdict.UNVERIFIED, "", List.of(), List.of(), author,
                now, now, origin,
                kind == ClaimKind.ATTRIBUTION ? Attribution.empty() : null,
                kind == ClaimKind.FIGURE ? Figure.empty() : null,
                null);
    }

    public Claim withVerdict(Verdict newVerdict) {
        return new Claim(id, documentId, kind, target, newVerdict, note, tags, evidence, author, createdAt, updatedAt,
                origin, attribution, figure, issue);
    }

    public Claim withNote(String newNote) {
        return new Claim(id, documentId, kind, target, verdict, newNote, tags, evidence, author, createdAt, updatedAt,
                origin, attribution, figure, issue);
    }

    public Claim withTags(List<String> newTags) {
        return new Claim(id, documentId, kind, target, verdict, note, newTags, evidence, author, createdAt, updatedAt,
                origin, attribution, figure, issue);
    }

    public Claim withEvidence(List<Evidence> newEvidence) {
        return new Claim(id, documentId, kind, target, verdict, note, tags, newEvidence, author, createdAt, updatedAt,
                origin, attribution, figure, issue);
    }

    public Claim withTarget(Target newTarget) {
        return new Claim(id, documentId, kind, newTarget, verdict, note, tags, evidence, author, createdAt, updatedAt,
                origin, attribution, figure, issue);
    }

    public Claim withAttribution(Attribution newAttribution) {
        return new Claim(id, documentId, kind, target, verdict, note, tags, evidence, author, createdAt, updatedAt,
                origin, newAttribution, figure, issue);
    }

    public Claim withFigure(Figure newFigure) {
        return new Claim(id, documentId, kind, target, verdict, note, tags, evidence, author, createdAt, updatedAt,
                origin, attribution, newFigure, issue);
    }

    public Claim withDocumentId(String newDocumentId) {
        return new Claim(id, newDocumentId, kind, target, verdict, note, tags, evidence, author, createdAt, updatedAt,
                origin, attribution, figure, issue);
    }

    public Claim withUpdatedAt(Instant newUpdatedAt) {
        return new Claim(id, documentId, kind, target, verdict, note, tags, evidence, author, createdAt, newUpdatedAt,
                origin, attribution, figure, issue);
    }
}
