package org.factdesk.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.factdesk.model.Attribution;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Document;
import org.factdesk.model.Language;
import org.factdesk.model.Verdict;

/**
 * Writes schema.org ClaimReview JSON-LD, as Google Fact Check Tools reads it: a JSON array of ClaimReview objects,
 * ready to be pasted into a {@code <script type="application/ld+json">} of the page that publishes the fact-check.
 *
 * <p>A <em>reviewed statement</em> is a statement, attribution or figure claim whose verdict is not
 * {@code unverified}: those are what a reader can be told the truth of. Unverified claims are left out (there is no
 * rating to publish), and so are translation issues (they review a translation, not a claim about the world); the
 * returned {@link ExportCounts} says how many of each.
 *
 * <p>The rating scale is 1 (false) to 5 (true): false 1, mostly false and misleading 2, mixed and unverifiable 3,
 * mostly true 4, true 5. Readers see {@code alternateName}, the verdict in words, which is what Google shows.
 *
 * <p>The claim's {@code author} is the speaker of the attribution that attributes it (an attribution is its own
 * speaker's; a figure takes the speaker of the innermost attribution whose span holds it). A claim is dated by its
 * last change, in UTC. The review's {@code url} is the organisation's web address with {@code #claim-ID} (set it to the page that
 * will publish the review), or {@code urn:uuid:ID} when there is none.
 *
 * <p>One document's claims are in memory at a time (an attribution may follow the statement it attributes).
 */
public final class ClaimReviewWriter {

    static final int BEST_RATING = 5;
    static final int WORST_RATING = 1;

    private final Language language;
    private final Predicate<String> isOrganisation;
    private final boolean pretty;

    /**
     * @param language the language of the verdicts in words, or {@code null} for each document's own language
     * @param isOrganisation whether a speaker's name names an organisation rather than a person
     * @param pretty whether to indent the JSON
     */
    public ClaimReviewWriter(Language language, Predicate<String> isOrganisation, boolean pretty) {
        this.language = language;
        this.isOrganisation = Objects.requireNonNull(isOrganisation, "isOrganisation");
        this.pretty = pretty;
    }

    /**
     * Writes the reviews into {@code out} atomically (see {@link AtomicFile}).
     *
     * @throws IOException if the file cannot be written
     * @throws IllegalArgumentException if the project has no organisation, which every review must name as author
     */
    public ExportCounts write(ReportContent content, Path out) throws IOException {
        requireOrganisation(content.project());
        return AtomicFile.write(out, stream -> write(content, stream));
    }

    /** Writes the reviews as UTF-8 JSON to {@code out}, which is flushed but not closed. */
    public ExportCounts write(ReportContent content, OutputStream out) throws IOException {
        ProjectInfo project = content.project();
        requireOrganisation(project);
        Counter counter = new Counter();
        try (JsonGenerator json = ReportJson.FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
            if (pretty) {
                json.setPrettyPrinter(new DefaultPrettyPrinter());
            }
            json.writeStartArray();
            for (Document document : content.documents()) {
                List<Claim> claims = new ArrayList<>();
                content.forEachClaim(document.id(), claims::add);
                writeDocument(json, project, document, content.publication(document), claims, counter);
                counter.documents++;
            }
            json.writeEndArray();
            json.writeRaw('\n');
            json.flush();
        }
        return new ExportCounts(counter.documents, counter.written, counter.unverified, counter.notReviewable);
    }

    private static void requireOrganisation(ProjectInfo project) {
        if (project.organisation() == null || project.organisation().isBlank()) {
            throw new IllegalArgumentException("ClaimReview names the fact-checking organisation as the author of "
                    + "every review, and this project has none: set the organisation in the project's settings.");
        }
    }

    private void writeDocument(JsonGenerator json, ProjectInfo project, Document document, Publication publication,
            List<Claim> claims, Counter counter) throws IOException {
        Map<String, Attribution> attributionOfStatement = new HashMap<>();
        List<Claim> attributions = new ArrayList<>();
        for (Claim claim : claims) {
            ReportWriter.checkFits(document, claim);
            if (claim.attribution() != null) {
                attributions.add(claim);
                if (claim.attribution().statementId() != null) {
                    attributionOfStatement.put(claim.attribution().statementId(), claim.attribution());
                }
            }
        }
        Enclosing enclosing = new Enclosing(attributions);
        Language words = language != null ? language : document.language();
        for (Claim claim : claims) {
            if (claim.kind() == ClaimKind.TRANSLATION_ISSUE) {
                counter.notReviewable++;
            } else if (claim.verdict() == Verdict.UNVERIFIED) {
                counter.unverified++;
            } else {
                String speaker = speaker(claim, attributionOfStatement, enclosing);
                writeReview(json, project, publication, claim, speaker, words);
                counter.written++;
            }
        }
    }

    private static String speaker(Claim claim, Map<String, Attribution> attributionOfStatement,
            Enclosing enclosing) {
        Attribution attribution = switch (claim.kind()) {
            case ATTRIBUTION -> claim.attribution();
            case STATEMENT -> attributionOfStatement.get(claim.id());
            default -> enclosing.innermost(claim.target().start(), claim.target().end());
        };
        String speaker = attribution == null ? null : attribution.speaker();
        return speaker == null || speaker.isBlank() ? null : speaker.strip();
    }

    private void writeReview(JsonGenerator json, ProjectInfo project, Publication publication, Claim claim,
            String speaker, Language words) throws IOException {
        json.writeStartObject();
        json.writeStringField("@context", "https://schema.org");
        json.writeStringField("@type", "ClaimReview");
        json.writeStringField("url", reviewUrl(project, claim));
        json.writeStringField("claimReviewed", claim.target().exact());
        json.writeStringField("datePublished", date(claim));
        json.writeObjectFieldStart("author");
        json.writeStringField("@type", "Organization");
        json.writeStringField("name", project.organisation().strip());
        if (SafeUrl.isWebUrl(project.organisationUrl())) {
            json.writeStringField("url", project.organisationUrl());
        }
        json.writeEndObject();
        if (!claim.note().isBlank()) {
            json.writeStringField("reviewBody", claim.note());
        }
        json.writeObjectFieldStart("reviewRating");
        json.writeStringField("@type", "Rating");
        json.writeNumberField("ratingValue", ratingValue(claim.verdict()));
        json.writeNumberField("bestRating", BEST_RATING);
        json.writeNumberField("worstRating", WORST_RATING);
        json.writeStringField("alternateName", VerdictWords.of(claim.verdict(), words));
        json.writeEndObject();
        json.writeObjectFieldStart("itemReviewed");
        json.writeStringField("@type", "Claim");
        if (speaker != null) {
            json.writeObjectFieldStart("author");
            json.writeStringField("@type", isOrganisation.test(speaker) ? "Organization" : "Person");
            json.writeStringField("name", speaker);
            json.writeEndObject();
        }
        if (publication.date() != null) {
            json.writeStringField("datePublished", publication.date().toString());
        }
        if (publication.url() != null || publication.date() != null) {
            json.writeArrayFieldStart("appearance");
            writeAppearance(json, publication);
            json.writeEndArray();
            json.writeFieldName("firstAppearance");
            writeAppearance(json, publication);
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeAppearance(JsonGenerator json, Publication publication) throws IOException {
        json.writeStartObject();
        json.writeStringField("@type", "CreativeWork");
        if (publication.url() != null) {
            json.writeStringField("url", publication.url());
        }
        if (publication.date() != null) {
            json.writeStringField("datePublished", publication.date().toString());
        }
        json.writeEndObject();
    }

    private static String reviewUrl(ProjectInfo project, Claim claim) {
        String base = project.organisationUrl();
        if (SafeUrl.isWebUrl(base)) {
            int hash = base.indexOf('#');
            return (hash < 0 ? base : base.substring(0, hash)) + "#claim-" + claim.id();
        }
        return "urn:uuid:" + claim.id();
    }

    private static String date(Claim claim) {
        return LocalDate.ofInstant(claim.updatedAt(), ZoneOffset.UTC).toString();
    }

    /** The verdict on the 1 (false) to 5 (true) scale. */
    static int ratingValue(Verdict verdict) {
        return switch (verdict) {
            case FALSE -> 1;
            case MOSTLY_FALSE, MISLEADING -> 2;
            case MIXED, UNVERIFIABLE, UNVERIFIED -> 3;
            case MOSTLY_TRUE -> 4;
            case TRUE -> 5;
        };
    }

    /** What was written and left out, counted while the claims pass. */
    private static final class Counter {
        int documents;
        int written;
        int unverified;
        int notReviewable;
    }

    /**
     * Finds the attribution whose span holds a figure without scanning them all: attributions sorted by start, with
     * the largest end seen so far, so a search walks back only while an earlier attribution could still reach.
     */
    private static final class Enclosing {

        private final List<Claim> byStart;
        private final int[] maxEndSoFar;

        Enclosing(List<Claim> attributions) {
            byStart = new ArrayList<>(attributions);
            byStart.sort(java.util.Comparator.comparingInt(c -> c.target().start()));
            maxEndSoFar = new int[byStart.size()];
            int max = Integer.MIN_VALUE;
            for (int i = 0; i < byStart.size(); i++) {
                max = Math.max(max, byStart.get(i).target().end());
                maxEndSoFar[i] = max;
            }
        }

        /** The attribution with the latest start whose span holds [start, end), or {@code null}. */
        Attribution innermost(int start, int end) {
            int low = 0;
            int high = byStart.size() - 1;
            int last = -1; // the last attribution starting at or before start
            while (low <= high) {
                int mid = (low + high) >>> 1;
                if (byStart.get(mid).target().start() <= start) {
                    last = mid;
                    low = mid + 1;
                } else {
                    high = mid - 1;
                }
            }
            for (int i = last; i >= 0 && maxEndSoFar[i] >= end; i--) {
                if (byStart.get(i).target().end() >= end) {
                    return byStart.get(i).attribution();
                }
            }
            return null;
        }
    }
}
