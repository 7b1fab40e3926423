package org.factdesk.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.model.Language;
import org.factdesk.model.Paragraph;
import org.factdesk.text.ImportException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports an article from a file, from bytes or from pasted text: checks it is a text article of a sane size, decodes
 * it, extracts the readable text from HTML, normalises it, and finds its title, paragraphs and language. Stateless and
 * safe to share between threads.
 *
 * <p>Formats by extension: {@code .txt}, {@code .text} and no extension are plain text; {@code .md} and
 * {@code .markdown} are kept as they are (Markdown is readable as text); {@code .html} and {@code .htm} are reduced to
 * the article's headings, paragraphs, lists and quotes. A file with another extension is imported only if it is an
 * HTML page.
 */
public final class ArticleImporter {

    /** The largest file imported: 50 MB, ten times the longest article a user is expected to check. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;
    /** The source recorded for pasted text. */
    public static final String PASTED_SOURCE = "pasted text";

    private static final Logger LOG = LoggerFactory.getLogger(ArticleImporter.class);
    private static final String SUPPORTED = ".txt, .text, .md, .markdown, .html or .htm";
    private static final String PASTED_TITLE = "Pasted article";

    /** Types people pick by mistake, and what to call them in the message. */
    private static final Map<String, String> KNOWN_UNSUPPORTED = Map.ofEntries(
            Map.entry("docx", "a Word document"), Map.entry("doc", "a Word document"),
            Map.entry("odt", "an OpenDocument text"), Map.entry("rtf", "a Rich Text document"),
            Map.entry("pages", "a Pages document"), Map.entry("pdf", "a PDF document"),
            Map.entry("epub", "an e-book"), Map.entry("xlsx", "a spreadsheet"), Map.entry("xls", "a spreadsheet"),
            Map.entry("ods", "a spreadsheet"), Map.entry("pptx", "a presentation"), Map.entry("ppt", "a presentation"),
            Map.entry("odp", "a presentation"), Map.entry("exe", "a program"), Map.entry("msi", "an installer"),
            Map.entry("dll", "a program library"), Map.entry("dmg", "a disk image"), Map.entry("iso", "a disk image"),
            Map.entry("factdesk", "a Factdesk project (open it instead of importing it)"));

    private static final Pattern FILE_NAME_SEPARATORS = Pattern.compile("[-_\\s]+");
    /** Markdown ATX level-1 heading: "# Title", optionally closed by hashes. */
    private static final Pattern MARKDOWN_H1 = Pattern.compile("^ {0,3}# +(.+?)(?: +#+)? *$");
    private static final Pattern MARKDOWN_SETEXT_H1 = Pattern.compile("^ {0,3}=+ *$");
    private static final Pattern FRONT_MATTER_TITLE = Pattern.compile("^title: *[\"']?(.+?)[\"']? *$");

    private enum Format {
        TEXT, MARKDOWN, HTML
    }

    /**
     * Imports the file at {@code file}. Its size is checked before a byte is read.
     *
     * @throws ImportException with {@link Reason#UNREADABLE} if it is missing, a folder or unreadable,
     *         {@link Reason#TOO_LARGE} if it is larger than {@link #MAX_BYTES}, or as {@link #importBytes}
     */
    public ImportedArticle importFile(Path file) throws ImportException {
        String name = fileName(file);
        long size;
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                throw new ImportException(Reason.UNREADABLE, name,
                        name + " is a folder, not a file. Choose the article file inside it.");
            }
            if (!attributes.isRegularFile()) {
                throw new ImportException(Reason.UNREADABLE, name,
                        name + " is not a regular file (a device or a pipe). Choose a saved article file.");
            }
            size = attributes.size();
        } catch (IOException e) {
            throw unreadable(name, e);
        }
        checkSize(name, size);
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // Bounded: the file may have grown since its size was checked.
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_BYTES + 1));
        } catch (IOException e) {
            throw unreadable(name, e);
        }
        return importBytes(bytes, name);
    }

    /**
     * Imports the bytes of a file named {@code fileName}; the name chooses the format and is the article's source.
     *
     * @throws ImportException with {@link Reason#EMPTY}, {@link Reason#BINARY}, {@link Reason#TOO_LARGE},
     *         {@link Reason#UNDECODABLE} or {@link Reason#UNSUPPORTED_TYPE}
     */
    public ImportedArticle importBytes(byte[] bytes, String fileName) throws ImportException {
        long started = System.nanoTime();
        String name = fileName == null || fileName.isBlank() ? "article" : fileName.strip();
        checkSize(name, bytes.length);
        if (bytes.length == 0) {
            throw new ImportException(Reason.EMPTY, name,
                    name + " is empty: it has no text to import. Choose the file that holds the article.");
        }
        String extension = extension(name);
        Format format = formatOf(extension);
        DecodedText decoded;
        if (format == null) {
            String kind = KNOWN_UNSUPPORTED.get(extension);
            if (kind != null) {
                throw new ImportException(Reason.UNSUPPORTED_TYPE, name, name + " is " + kind
                        + ", which Factdesk cannot import. Save the article as plain text or as a web page and"
                        + " import a " + SUPPORTED + " file.");
            }
            decoded = TextDecoder.decode(bytes, name);
            if (!HtmlArticleExtractor.looksLikeHtml(decoded.text())) {
                throw new ImportException(Reason.UNSUPPORTED_TYPE, name, name + " has a file type Factdesk does not"
                        + " import (." + extension + "). Import a " + SUPPORTED + " file.");
            }
            format = Format.HTML;
        } else if (format == Format.HTML) {
            decoded = TextDecoder.decode(bytes, name, HtmlArticleExtractor.declaredCharset(bytes));
        } else {
            decoded = TextDecoder.decode(bytes, name);
        }

        String title;
        String text;
        if (format == Format.HTML) {
            HtmlArticleExtractor.Extracted extracted = HtmlArticleExtractor.extract(decoded.text());
            text = TextNormalizer.normalize(extracted.text());
            if (text.isBlank()) {
                throw new ImportException(Reason.EMPTY, name, name + " has no article text once menus, scripts and"
                        + " markup are left out. Check that it is the article's page, or paste the text instead.");
            }
            title = extracted.title() != null ? extracted.title() : titleFromFileName(name);
        } else {
            text = TextNormalizer.normalize(decoded.text());
            if (text.isBlank()) {
                throw new ImportException(Reason.EMPTY, name,
                        name + " contains only whitespace: it has no text to import. Choose the file that holds the"
                                + " article.");
            }
            String heading = format == Format.MARKDOWN ? markdownTitle(text) : null;
            title = heading != null ? heading : titleFromFileName(name);
        }
        ImportedArticle article = article(title, text, name, sha256(bytes), decoded.charset());
        LOG.debug("Imported {} as {} {} ({} chars, {} paragraphs, {}) in {} ms", name, format, decoded.charset(),
                text.length(), article.paragraphs().size(), article.language(),
                (System.nanoTime() - started) / 1_000_000);
        return article;
    }

    /**
     * Imports pasted text as a new article titled {@code title} (or "Pasted article" when blank).
     *
     * @throws ImportException with {@link Reason#EMPTY} if the text is blank, {@link Reason#TOO_LARGE} if its UTF-8
     *         form is larger than {@link #MAX_BYTES}
     */
    public ImportedArticle importText(String text, String title) throws ImportException {
        if (text == null || text.isBlank()) {
            throw new ImportException(Reason.EMPTY, PASTED_SOURCE,
                    "The pasted text is empty. Paste the article's text and try again.");
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        checkSize(PASTED_SOURCE, bytes.length);
        String normalized = TextNormalizer.normalize(text);
        String cleanTitle = title == null || title.isBlank() ? PASTED_TITLE : title.strip();
        return article(cleanTitle, normalized, PASTED_SOURCE, sha256(bytes), StandardCharsets.UTF_8.name());
    }

    private static ImportedArticle article(String title, String text, String source, String sha256, String charset) {
        List<Paragraph> paragraphs = Segmenter.paragraphs(text);
        Language language = LanguageDetector.detect(text);
        return new ImportedArticle(TextNormalizer.normalize(title), text, language, source, sha256, paragraphs,
                charset);
    }

    private static void checkSize(String name, long size) throws ImportException {
        if (size > MAX_BYTES) {
            throw new ImportException(Reason.TOO_LARGE, name, String.format(Locale.ROOT,
                    "%s is too large to import: %s (%,d bytes), and the limit is 50 MB (%,d bytes)."
                            + " Import the article alone, or split it into parts.",
                    name, megabytes(size), size, MAX_BYTES));
        }
    }

    private static String megabytes(long size) {
        return String.format(Locale.ROOT, "%.1f MB", size / (1024.0 * 1024.0));
    }

    private static ImportException unreadable(String name, IOException e) {
        String why;
        if (e instanceof NoSuchFileException) {
            why = "the file does not exist. Check its name and folder";
        } else if (e instanceof AccessDeniedException) {
            why = "permission denied. Check that you are allowed to read it";
        } else if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            why = fileSystem.getReason() + ". Check the file and try again";
        } else {
            why = (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                    + ". Check the file and try again";
        }
        return new ImportException(Reason.UNREADABLE, name,
                (name + " could not be read: " + why + ".").replaceAll("[\\r\\n]+", " "), e);
    }

    private static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    /** The lowercase extension of a file name, without the dot; "" if it has none. */
    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static Format formatOf(String extension) {
        return switch (extension) {
            case "", "txt", "text" -> Format.TEXT;
            case "md", "markdown" -> Format.MARKDOWN;
            case "html", "htm", "xhtml" -> Format.HTML;
            default -> null;
        };
    }

    /**
     * A plain-text article's title: its file name without the extension, dashes and underscores as spaces. Not its
     * first line, which is as often a dateline or a byline as a headline.
     */
    static String titleFromFileName(String name) {
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String title = FILE_NAME_SEPARATORS.matcher(base).replaceAll(" ").strip();
        return title.isEmpty() ? name : title;
    }

    /**
     * The title of a Markdown text: "title:" in its front matter, else its first level-1 heading ("# Title" or a line
     * underlined with "="), outside code blocks; {@code null} if it has none.
     */
    static String markdownTitle(String text) {
        String[] lines = text.split("\n", -1);
        int i = 0;
        if (lines.length > 0 && lines[0].strip().equals("---")) {
            for (i = 1; i < lines.length && !lines[i].strip().equals("---"); i++) {
                Matcher title = FRONT_MATTER_TITLE.matcher(lines[i].strip());
                if (title.matches()) {
                    return title.group(1);
                }
            }
            i++;
        }
        boolean inFence = false;
        for (; i < lines.length; i++) {
            String line = lines[i];
            String stripped = line.strip();
            if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                inFence = !inFence;
                continue;
            }
            if (inFence) {
                continue;
            }
            Matcher heading = MARKDOWN_H1.matcher(line);
            if (heading.matches() && !heading.group(1).isBlank()) {
                return heading.group(1).strip();
            }
            if (i > 0 && MARKDOWN_SETEXT_H1.matcher(line).matches() && !lines[i - 1].isBlank()) {
                return lines[i - 1].strip();
            }
        }
        return null;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
