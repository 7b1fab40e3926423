package org.factdesk.report;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Verdict;

/**
 * Reads a W3C Web Annotation collection (as {@link AnnotationWriter} writes it, or a single page or annotation list
 * from another tool) into {@link AnnotatedClaim}s. Every annotation needs a TextQuoteSelector; the first problem is
 * reported with its JSON path and nothing is returned.
 */
public final class AnnotationReader {

    /**
     * Reads the file.
     *
     * @throws ReportFormatException naming the file and the JSON path of the first problem
     */
    public List<AnnotatedClaim> read(Path file) throws ReportFormatException {
        String name = file.getFileName().toString();
        JsonNode root;
        try (InputStream in = Files.newInputStream(file); JsonParser parser = ReportJson.FACTORY.createParser(in)) {
            try {
                root = ReportJson.MAPPER.readTree(parser);
            } catch (JsonProcessingException e) {
                throw ReportJson.problem(e, parser).inFile(name);
            }
        } catch (NoSuchFileException e) {
            throw new ReportFormatException(name, "$", "the file does not exist", e);
        } catch (ReportFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new ReportFormatException(name, "$", "the file cannot be read: " + e.getMessage(), e);
        }
        try {
            return read(root);
        } catch (ReportFormatException e) {
            throw e.inFile(name);
        }
    }

    /**
     * Whether a file looks like Web Annotation JSON-LD (an array, or an object whose {@code type} starts with
     * "Annotation") rather than a {@code factdesk-report}; reads only up to the deciding field. A file that cannot be
     * read or parsed is not one (the report reader then says what is wrong with it).
     */
    public static boolean isAnnotationFile(Path file) {
        try (InputStream in = Files.newInputStream(file); JsonParser parser = ReportJson.FACTORY.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) {
                return true;
            }
            if (first != JsonToken.START_OBJECT) {
                return false;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("format".equals(field)) {
                    return false;
                }
                if ("type".equals(field)) {
                    return value == JsonToken.VALUE_STRING && parser.getText().startsWith("Annotation");
                }
                parser.skipChildren();
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    /** Reads annotations from a parsed document. */
    public List<AnnotatedClaim> read(JsonNode root) throws ReportFormatException {
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new ReportFormatException("$", "the file is empty");
        }
        String type = root.isObject() ? text(root, "type", "$", false) : null;
        JsonNode items;
        String path;
        if (root.isArray()) {
            items = root;
            path = "$";
        } else if ("AnnotationCollection".equals(type)) {
            JsonNode first = root.get("first");
            if (first == null || !first.isObject()) {
                throw new ReportFormatException("$.first", "an AnnotationCollection needs its first AnnotationPage");
            }
            items = first.get("items");
            path = "$.first.items";
        } else if ("AnnotationPage".equals(type)) {
            items = root.get("items");
            path = "$.items";
        } else if ("Annotation".equals(type)) {
            return List.of(annotation(root, "$"));
        } else {
            throw new ReportFormatException("$.type", "expected a W3C AnnotationCollection, AnnotationPage or "
                    + "Annotation");
        }
        if (items == null || !items.isArray()) {
            throw new ReportFormatException(path, "expected an array of annotations");
        }
        List<AnnotatedClaim> claims = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            claims.add(annotation(items.get(i), path + "[" + i + "]"));
        }
        return claims;
    }

    private static AnnotatedClaim annotation(JsonNode node, String path) throws ReportFormatException {
        if (!node.isObject()) {
            throw new ReportFormatException(path, "expected an annotation object");
        }
        String id = text(node, "id", path, false);
        String claimId = id != null && id.startsWith(AnnotationWriter.CLAIM_IRI) && id.length()
                > AnnotationWriter.CLAIM_IRI.length() ? id.substring(AnnotationWriter.CLAIM_IRI.length()) : null;
        JsonNode target = node.get("target");
        String targetPath = path + ".target";
        if (target == null || !target.isObject()) {
            throw new ReportFormatException(targetPath, "expected a target object with a source and selectors");
        }
        String source = text(target, "source", targetPath, true);
        JsonNode selectors = target.get("selector");
        String selectorPath = targetPath + ".selector";
        if (selectors != null && selectors.isObject()) {
            selectors = ReportJson.MAPPER.createArrayNode().add(selectors);
        }
        if (selectors == null || !selectors.isArray()) {
            throw new ReportFormatException(selectorPath, "expected a TextQuoteSelector (and a TextPositionSelector)");
        }
        JsonNode quote = null;
        JsonNode position = null;
        String quotePath = null;
        String positionPath = null;
        for (int i = 0; i < selectors.size(); i++) {
            JsonNode selector = selectors.get(i);
            String at = selectorPath + "[" + i + "]";
            String selectorType = selector.isObject() ? text(selector, "type", at, true) : null;
            if ("TextQuoteSelector".equals(selectorType)) {
                quote = selector;
                quotePath = at;
            } else if ("TextPositionSelector".equals(selectorType)) {
                position = selector;
                positionPath = at;
            }
        }
        if (quote == null) {
            throw new ReportFormatException(selectorPath, "no TextQuoteSelector: Factdesk needs the quoted text to "
                    + "place the annotation");
        }
        String exact = text(quote, "exact", quotePath, true);
        Integer start = null;
        Integer end = null;
        if (position != null) {
            start = offset(position, "start", positionPath);
            end = offset(position, "end", positionPath);
            if (end < start) {
                throw new ReportFormatException(positionPath + ".end", "the end comes before the start");
            }
        }
        Bodies bodies = bodies(node.get("body"), path + ".body");
        JsonNode creator = node.get("creator");
        String author = "";
        if (creator != null && creator.isTextual()) {
            author = creator.asText();
        } else if (creator != null && creator.isObject()) {
            String creatorName = text(creator, "name", path + ".creator", false);
            author = creatorName == null ? "" : creatorName;
        }
        return new AnnotatedClaim(claimId, source, start, end, exact, orEmpty(text(quote, "prefix", quotePath, false)),
                orEmpty(text(quote, "suffix", quotePath, false)), bodies.kind, bodies.verdict,
                String.join("\n\n", bodies.notes), bodies.tags, bodies.speaker, bodies.links, author,
                time(node, "created", path), time(node, "modified", path), path);
    }

    /** What the bodies of one annotation say. */
    private static final class Bodies {
        ClaimKind kind = ClaimKind.STATEMENT;
        Verdict verdict = Verdict.UNVERIFIED;
        final List<String> notes = new ArrayList<>();
        final List<String> tags = new ArrayList<>();
        String speaker;
        final List<String> links = new ArrayList<>();
    }

    private static Bodies bodies(JsonNode body, String path) throws ReportFormatException {
        Bodies bodies = new Bodies();
        if (body == null) {
            return bodies;
        }
        JsonNode list = body.isArray() ? body : ReportJson.MAPPER.createArrayNode().add(body);
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            String at = body.isArray() ? path + "[" + i + "]" : path;
            if (item.isTextual()) {
                bodies.links.add(item.asText());
                continue;
            }
            if (!item.isObject()) {
                throw new ReportFormatException(at, "expected a body object");
            }
            String purpose = text(item, "purpose", at, false);
            String value = text(item, "value", at, false);
            if ("linking".equals(purpose) || value == null) {
                String link = text(item, "id", at, false);
                if (link != null) {
                    bodies.links.add(link);
                }
                continue;
            }
            switch (purpose == null ? "commenting" : purpose) {
                case "classifying" -> bodies.kind = ClaimKind.fromId(value).orElseThrow(() -> new ReportFormatException(
                        at + ".value", "unknown claim kind \"" + value + "\": expected statement, attribution, "
                        + "figure or translation-issue"));
                case "assessing" -> bodies.verdict = Verdict.fromId(value).orElseThrow(() -> new ReportFormatException(
                        at + ".value", "unknown verdict \"" + value + "\": expected one of true, mostly-true, "
                        + "mixed, mostly-false, false, misleading, unverifiable, unverified"));
                case "tagging" -> bodies.tags.add(value);
                case "identifying" -> bodies.speaker = value;
                default -> bodies.notes.add(value);
            }
        }
        return bodies;
    }

    private static String text(JsonNode node, String field, String path, boolean required)
            throws ReportFormatException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new ReportFormatException(path + "." + field, "missing: this field is required");
            }
            return null;
        }
        if (!value.isTextual()) {
            throw new ReportFormatException(path + "." + field, "expected a string");
        }
        return value.asText();
    }

    private static int offset(JsonNode node, String field, String path) throws ReportFormatException {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < 0) {
            throw new ReportFormatException(path + "." + field, "expected a code point offset (a whole number, "
                    + "0 or more)");
        }
        return value.asInt();
    }

    private static Instant time(JsonNode node, String field, String path) throws ReportFormatException {
        String value = text(node, field, path, false);
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new ReportFormatException(path + "." + field, "expected a UTC time such as 2024-05-01T10:15:30Z");
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
