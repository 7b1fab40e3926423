package org.factdesk.text;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factdesk.text.ImportException.Reason;

/**
 * Turns an article's bytes into text: refuses binary files, then decodes by byte order mark, else as strict UTF-8,
 * else with the charset an HTML page declares, else with the charset ICU's detector finds most likely. Decoding is
 * always strict, so a wrong guess is refused instead of silently producing replacement characters.
 */
public final class TextDecoder {

    /** How much of the bytes the charset detector looks at, around the first byte that is not UTF-8. */
    private static final int DETECTOR_SAMPLE = 64 * 1024;
    /** How much of the start is checked for control bytes that text does not have. */
    private static final int CONTROL_SAMPLE = 64 * 1024;

    /**
     * The single-byte charsets the detector may choose. The detector also proposes CJK and UTF-16 without BOM on
     * thin evidence; for Spanish and English articles those guesses are wrong far more often than right.
     */
    private static final Set<String> CANDIDATES = Set.of("ISO-8859-1", "windows-1252", "ISO-8859-2", "windows-1250",
            "ISO-8859-9", "windows-1254", "ISO-8859-5", "windows-1251", "KOI8-R", "ISO-8859-7", "windows-1253");
    /** Western European wins over another single-byte guess unless that guess is clearly more confident. */
    private static final int WESTERN_PREFERENCE = 10;
    /**
     * The confidence (0–100) below which a non-Western guess is ignored: KOI8-R and the ISO-8859 charsets decode any
     * byte, so a weak guess of theirs would turn a broken Spanish file into mojibake instead of an honest error.
     */
    private static final int MIN_OTHER_CONFIDENCE = 30;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /**
     * Decodes the bytes of the file named {@code fileName} (used in messages only).
     *
     * @throws ImportException {@link Reason#BINARY} if the bytes are not text, {@link Reason#UNDECODABLE} if no
     *         charset decodes them cleanly
     */
    public static DecodedText decode(byte[] bytes, String fileName) throws ImportException {
        return decode(bytes, fileName, null);
    }

    /** As {@link #decode(byte[], String)}, trying {@code declared} (e.g. an HTML meta charset) after UTF-8. */
    static DecodedText decode(byte[] bytes, String fileName, Charset declared) throws ImportException {
        String kind = BinarySignature.kindOf(bytes);
        if (kind != null) {
            throw notText(fileName, "it looks like " + kind);
        }
        Bom bom = Bom.of(bytes);
        if (bom != null) {
            if (!bom.allowsNul) {
                checkNoNulOrControls(bytes, fileName);
            }
            Failure failure = tryDecode(bytes, bom.length, bom.charset);
            if (failure != null) {
                throw undecodable(fileName, List.of(new Attempt(bom.charset.name()
                        + " (which the file's byte order mark announces)", failure)), List.of());
            }
            return new DecodedText(decodeUnchecked(bytes, bom.length, bom.charset), bom.charset.name());
        }
        checkNoNulOrControls(bytes, fileName);

        Failure utf8Failure = tryDecode(bytes, 0, StandardCharsets.UTF_8);
        if (utf8Failure == null) {
            return new DecodedText(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8.name());
        }
        List<Charset> tried = new ArrayList<>();
        tried.add(StandardCharsets.UTF_8);
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            Charset charset = preferWindows1252(declared);
            tried.add(charset);
            if (tryDecode(bytes, 0, charset) == null) {
                return new DecodedText(decodeUnchecked(bytes, 0, charset), charset.name());
            }
        }
        List<Attempt> attempts = new ArrayList<>();
        attempts.add(new Attempt("UTF-8", utf8Failure));
        for (Charset charset : detectedCharsets(bytes, utf8Failure.offset)) {
            if (tried.contains(charset)) {
                continue;
            }
            tried.add(charset);
            Failure failure = tryDecode(bytes, 0, charset);
            if (failure == null) {
                return new DecodedText(decodeUnchecked(bytes, 0, charset), charset.name());
            }
            if (attempts.size() == 1) {
                attempts.add(new Attempt(charset.name() + " (the most likely other charset)", failure));
            }
        }
        List<String> others = new ArrayList<>();
        for (Charset charset : tried.subList(1, tried.size())) {
            if (attempts.size() < 2 || !attempts.get(1).charset.startsWith(charset.name() + " ")) {
                others.add(charset.name());
            }
        }
        throw undecodable(fileName, attempts, others);
    }

    /** The charsets the detector proposes, most likely first, limited to {@link #CANDIDATES}; windows-1252 last. */
    private static List<Charset> detectedCharsets(byte[] bytes, int firstBadOffset) {
        int from = Math.max(0, Math.min(firstBadOffset - 1024, bytes.length - DETECTOR_SAMPLE));
        byte[] sample = Arrays.copyOfRange(bytes, from, Math.min(bytes.length, from + DETECTOR_SAMPLE));
        CharsetDetector detector = new CharsetDetector();
        detector.setText(sample);
        CharsetMatch[] matches = detector.detectAll();
        List<CharsetMatch> usable = new ArrayList<>();
        int bestWestern = -1;
        for (CharsetMatch match : matches) {
            boolean plausible = isWestern(match.getName()) || match.getConfidence() >= MIN_OTHER_CONFIDENCE;
            if (plausible && CANDIDATES.contains(match.getName()) && Charset.isSupported(match.getName())) {
                usable.add(match);
                if (bestWestern < 0 && isWestern(match.getName())) {
                    bestWestern = usable.size() - 1;
                }
            }
        }
        if (bestWestern > 0 && usable.get(0).getConfidence() - usable.get(bestWestern).getConfidence()
                <= WESTERN_PREFERENCE) {
            usable.add(0, usable.remove(bestWestern));
        }
        Set<Charset> result = new LinkedHashSet<>();
        for (CharsetMatch match : usable) {
            result.add(preferWindows1252(Charset.forName(match.getName())));
        }
        result.add(WINDOWS_1252);
        return new ArrayList<>(result);
    }

    private static boolean isWestern(String name) {
        return name.equals("ISO-8859-1") || name.equals("windows-1252");
    }

    /**
     * ISO-8859-1 is read as windows-1252, as browsers do: they agree on every printable character, and where they
     * differ (0x80–0x9F) Latin-1 has invisible control codes that no article means while windows-1252 has €, “ ” —.
     */
    private static Charset preferWindows1252(Charset charset) {
        return charset.name().equals("ISO-8859-1") || charset.name().equals("US-ASCII") ? WINDOWS_1252 : charset;
    }

    private static void checkNoNulOrControls(byte[] bytes, String fileName) throws ImportException {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw notText(fileName, "it contains NUL bytes, the first at byte offset " + i);
            }
        }
        int sample = Math.min(bytes.length, CONTROL_SAMPLE);
        int controls = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            // Tab, line feed, form feed, carriage return, SUB (old DOS end of file) and ESC (terminal colours)
            // do occur in text files; the other C0 control codes do not.
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r' && b != 0x1A && b != 0x1B) {
                controls++;
            }
        }
        if (controls > 8 && controls * 100L > sample) {
            throw notText(fileName, "more than 1% of its first bytes are control codes");
        }
    }

    /**
     * The first decoding error of the bytes from {@code offset} in {@code charset}, or {@code null} if there is none.
     * For a single-byte charset, a byte that decodes to a C1 control code (U+0080–U+009F) is an error too: the
     * ISO-8859 charsets map every byte to something, but no article contains those codes, so finding one means the
     * guess was wrong.
     */
    private static Failure tryDecode(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        boolean singleByte = decoder.maxCharsPerByte() == 1.0f && decoder.averageCharsPerByte() == 1.0f
                && !charset.name().startsWith("UTF");
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(Math.min(bytes.length - offset, 8192) + 2);
        int decodedBefore = 0;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (singleByte) {
                for (int i = 0; i < out.position(); i++) {
                    char c = out.get(i);
                    if (c >= '\u0080' && c <= '\u009F') {
                        int at = offset + decodedBefore + i;
                        return new Failure(at, bytes[at] & 0xFF);
                    }
                }
            }
            if (result.isError()) {
                return new Failure(in.position(), bytes[in.position()] & 0xFF);
            }
            if (result.isOverflow()) {
                decodedBefore += out.position();
                out.clear();
                continue;
            }
            return null;
        }
    }

    private static String decodeUnchecked(byte[] bytes, int offset, Charset charset) {
        return new String(bytes, offset, bytes.length - offset, charset);
    }

    private static ImportException notText(String fileName, String why) {
        return new ImportException(Reason.BINARY, fileName, fileName + " is not a text article (" + why
                + "). Import a .txt, .md or .html file.");
    }

    private static ImportException undecodable(String fileName, List<Attempt> attempts, List<String> alsoTried) {
        StringBuilder message = new StringBuilder(fileName).append(" could not be decoded as text: it is not ");
        for (int i = 0; i < attempts.size(); i++) {
            Attempt attempt = attempts.get(i);
            message.append(i == 0 ? "" : ", nor ").append(attempt.charset).append(": byte ")
                    .append(String.format(Locale.ROOT, "0x%02X", attempt.failure.value)).append(" at byte offset ")
                    .append(attempt.failure.offset).append(" is invalid");
        }
        if (!alsoTried.isEmpty()) {
            message.append(" (also tried ").append(String.join(", ", alsoTried)).append(')');
        }
        message.append(". Save the article as UTF-8 and import it again.");
        return new ImportException(Reason.UNDECODABLE, fileName, message.toString());
    }

    /** Where decoding failed: the byte offset in the whole file and the byte found there. */
    private record Failure(int offset, int value) {
    }

    /** A charset (as the message names it) that could not decode the bytes, and where it failed. */
    private record Attempt(String charset, Failure failure) {
    }

    /** A byte order mark and what it says. UTF-32LE's mark starts with UTF-16LE's, so it is checked first. */
    private enum Bom {
        UTF_32BE(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, "UTF-32BE", true),
        UTF_32LE(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, "UTF-32LE", true),
        UTF_8(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "UTF-8", false),
        UTF_16BE(new byte[] {(byte) 0xFE, (byte) 0xFF}, "UTF-16BE", true),
        UTF_16LE(new byte[] {(byte) 0xFF, (byte) 0xFE}, "UTF-16LE", true);

        private final byte[] mark;
        private final Charset charset;
        private final int length;
        private final boolean allowsNul;

        Bom(byte[] mark, String charset, boolean allowsNul) {
            this.mark = mark;
            this.charset = Charset.forName(charset);
            this.length = mark.length;
            this.allowsNul = allowsNul;
        }

        static Bom of(byte[] bytes) {
            for (Bom bom : values()) {
                if (BinarySignature.startsWith(bytes, 0, bom.mark)) {
                    return bom;
                }
            }
            return null;
        }
    }

    /** File signatures ("magic numbers") of the binary files most often picked by mistake. */
    private enum BinarySignature {
        PNG("a PNG image", 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A),
        JPEG("a JPEG image", 0, 0xFF, 0xD8, 0xFF),
        GIF("a GIF image", 0, 'G', 'I', 'F', '8'),
        WEBP("a WebP image", 8, 'W', 'E', 'B', 'P'),
        PDF("a PDF document", 0, '%', 'P', 'D', 'F', '-'),
        ZIP("a ZIP archive", 0, 'P', 'K', 0x03, 0x04),
        ZIP_EMPTY("a ZIP archive", 0, 'P', 'K', 0x05, 0x06),
        GZIP("a gzip archive", 0, 0x1F, 0x8B),
        SQLITE("an SQLite database", 0, 'S', 'Q', 'L', 'i', 't', 'e',
                ' ', 'f', 'o', 'r', 'm', 'a', 't', ' ', '3', 0),
        OLE("an old Microsoft Office document (.doc, .xls)", 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1),
        RTF("an RTF document", 0, '{', '\\', 'r', 't', 'f'),
        ELF("a program (ELF executable)", 0, 0x7F, 'E', 'L', 'F'),
        SEVEN_ZIP("a 7-Zip archive", 0, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C);

        private final String kind;
        private final int offset;
        private final byte[] magic;

        BinarySignature(String kind, int offset, int... magic) {
            this.kind = kind;
            this.offset = offset;
            this.magic = new byte[magic.length];
            for (int i = 0; i < magic.length; i++) {
                this.magic[i] = (byte) magic[i];
            }
        }

        /** What the bytes look like ("a PNG image"), or {@code null} if they have no known binary signature. */
        static String kindOf(byte[] bytes) {
            for (BinarySignature signature : values()) {
                if (startsWith(bytes, signature.offset, signature.magic)) {
                    return signature.kind;
                }
            }
            return null;
        }

        static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
            if (bytes.length < offset + prefix.length) {
                return false;
            }
            for (int i = 0; i < prefix.length; i++) {
                if (bytes[offset + i] != prefix[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
