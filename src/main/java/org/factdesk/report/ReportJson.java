package org.factdesk.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Jackson set-up shared by the report's writer and readers: limits on what is read, strict typing, and the
 * translation of Jackson's exceptions into one-line {@link ReportFormatException}s with a JSON path.
 */
final class ReportJson {

    /** Deep enough for any report (it nests 5 levels), shallow enough that nothing can recurse for long. */
    static final int MAX_NESTING_DEPTH = 64;
    /** Room for a 50 MB article text in one string, bounded. */
    static final int MAX_STRING_CHARS = 64 * 1024 * 1024;
    /** Digits (with sign, point and exponent) of one number. */
    static final int MAX_NUMBER_CHARS = 100;
    static final int MAX_NAME_CHARS = 1_000;
    /** Bytes of one report file: several long articles, far below what would exhaust the heap. */
    static final long MAX_REPORT_BYTES = 1L << 30;
    /** Segments of the deepest path a valid report has: {@code $.documents[0].claims[0].evidence[0].url}. */
    static final int DEEPEST_PATH = 7;

    static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxStringLength(MAX_STRING_CHARS)
            .maxNumberLength(MAX_NUMBER_CHARS)
            .maxNameLength(MAX_NAME_CHARS)
            .maxDocumentLength(MAX_REPORT_BYTES)
            .build();

    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(CONSTRAINTS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    static final ObjectMapper MAPPER = strictMapper();

    private static final Pattern FOUND = Pattern.compile("(?:from|Cannot coerce) (\\w+)(?:-point)? value");

    private ReportJson() {
    }

    private static ObjectMapper strictMapper() {
        JsonMapper mapper = JsonMapper.builder(FACTORY)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        // A report is typed: "12" is not a number, 12 is not a string, 1.5 is not an offset.
        for (LogicalType type : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        for (CoercionInputShape shape : List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean)) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        for (LogicalType type : List.of(LogicalType.Collection, LogicalType.Map, LogicalType.POJO)) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        return mapper;
    }

    /**
     * The report problem a Jackson exception stands for.
     *
     * @param parser the parser that was reading when it happened, for its position, or {@code null}
     */
    static ReportFormatException problem(JsonProcessingException e, JsonParser parser) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String path = path(mapping.getPath());
            Throwable cause = mapping.getCause();
            if (cause instanceof JsonProcessingException streamProblem && !(cause instanceof JsonMappingException)) {
                return new ReportFormatException(null, path, describe(streamProblem), e);
            }
            return new ReportFormatException(null, path, describeMapping(mapping), e);
        }
        String path = parser == null ? "$" : path(parser.getParsingContext(), tooDeep(e) ? DEEPEST_PATH : -1);
        return new ReportFormatException(null, path, describe(e), e);
    }

    private static String describeMapping(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "unknown field: a version 1 report has no field of that name";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Matcher found = FOUND.matcher(String.valueOf(e.getOriginalMessage()));
            String what = found.find() ? " (found " + article(found.group(1).toLowerCase()) + ")" : "";
            return "expected " + expected(mismatch.getTargetType()) + what;
        }
        return firstLine(e.getOriginalMessage()) + where(e.getLocation());
    }

    private static String describe(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            if (message.startsWith("String value length")) {
                return "a string longer than " + MAX_STRING_CHARS + " characters, more than a report may hold";
            }
            if (message.startsWith("Number value length")) {
                return "a number longer than " + MAX_NUMBER_CHARS + " characters, more than a report accepts";
            }
            if (tooDeep(e)) {
                return "nested more than " + MAX_NESTING_DEPTH + " levels deep, which no report is";
            }
            if (message.startsWith("Document length")) {
                return "the report is longer than " + MAX_REPORT_BYTES + " bytes, more than Factdesk reads";
            }
            if (message.startsWith("Name length")) {
                return "a field name longer than " + MAX_NAME_CHARS + " characters";
            }
            return firstLine(message) + where(e.getLocation());
        }
        if (e instanceof InputCoercionException) {
            return "the number is out of range (at most " + Integer.MAX_VALUE + " here)";
        }
        if (e instanceof JsonEOFException || message.startsWith("Unexpected end-of-input")) {
            return "the JSON ends too early: the file is truncated or incomplete" + where(e.getLocation());
        }
        if (message.startsWith("Duplicate field")) {
            return "the same field appears twice in one object" + where(e.getLocation());
        }
        return "not valid JSON: " + firstLine(message) + where(e.getLocation());
    }

    private static boolean tooDeep(JsonProcessingException e) {
        return e instanceof StreamConstraintsException
                && String.valueOf(e.getOriginalMessage()).contains("nesting depth");
    }

    private static String expected(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "an integer";
        }
        if (type == BigDecimal.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (List.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return "a " + type.getSimpleName();
    }

    private static String article(String noun) {
        return switch (noun) {
            case "array" -> "an array";
            case "object" -> "an object";
            case "integer" -> "an integer";
            case "string" -> "a string";
            case "floating" -> "a number with a fraction";
            case "boolean" -> "true or false";
            case "null" -> "null";
            default -> noun;
        };
    }

    private static String path(List<JsonMappingException.Reference> references) {
        JsonPath path = JsonPath.ROOT;
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                path = path.field(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path = path.index(reference.getIndex());
            }
        }
        return path.toString();
    }

    /**
     * The JSON path of where the parser stands, cut after {@code maxSegments} segments when that is not negative (for
     * a value nested too deep, the path of where the nesting starts, not of its 64th level).
     */
    static String path(JsonStreamContext context, int maxSegments) {
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            chain.push(at);
        }
        while (maxSegments >= 0 && chain.size() > maxSegments) {
            chain.removeLast();
        }
        JsonPath path = JsonPath.ROOT;
        for (JsonStreamContext at : chain) {
            if (at.inObject() && at.getCurrentName() != null) {
                path = path.field(at.getCurrentName());
            } else if (at.inArray() && at.hasCurrentIndex()) {
                path = path.index(at.getCurrentIndex());
            }
        }
        return path.toString();
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).replace("`", "").strip();
    }
}
