package org.factdesk.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Takes the readable article out of an HTML page: its title, and its headings, paragraphs, list items, quotes and
 * captions as plain text, one block per paragraph, without menus, scripts, forms or ads.
 *
 * <p>Inside a block, runs of whitespace become one space and a {@code <br>} becomes a line break (so addresses and
 * verse keep their lines). A table row is one block, its cells separated by " | ". Blocks are joined by a blank line.
 */
final class HtmlArticleExtractor {

    /** Elements that are never part of the article's text. */
    private static final String CHROME = "script, style, noscript, nav, footer, aside, form, iframe, svg, template, "
            + "object, embed, canvas, video, audio, button, select, textarea, input, dialog, menu, "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=search], "
            + "[hidden], [aria-hidden=true]";
    /** Class or id tokens of advertising, sharing and consent boxes. */
    private static final Pattern AD_TOKEN = Pattern.compile(
            "ad|ads|advert\\w*|advertis\\w*|sponsor\\w*|promo|promoted|dfp\\w*|(ad|ads)[-_]\\w+|\\w+[-_](ad|ads)"
                    + "|cookie[-_]?(banner|consent|notice)\\w*|social[-_]?share\\w*|share[-_]?buttons?|newsletter\\w*");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    /** Elements that start and end a block of text. */
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "caption",
            "center", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "h1", "h2",
            "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
            "summary", "table", "tbody", "thead", "tfoot", "tr", "ul");
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    /** HTML's own whitespace; a no-break space is content ("10&nbsp;%") and is kept. */
    private static final Pattern HTML_SPACE = Pattern.compile("[ \\t\\n\\f\\r]+");

    private HtmlArticleExtractor() {
    }

    /** The title and the text (blocks joined by a blank line, not yet normalised) of an HTML page. */
    record Extracted(String title, String text) {
    }

    static Extracted extract(String html) {
        Document page = Jsoup.parse(html);
        String title = title(page);
        Element root = articleRoot(page);
        removeChrome(root);
        return new Extracted(title, blocks(root));
    }

    /**
     * The charset an HTML page declares in a {@code <meta>} element within its first 1024 bytes (where the HTML
     * standard says to look), or {@code null} if it declares none that Java knows.
     */
    static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
        Matcher matcher = META_CHARSET.matcher(head);
        if (!matcher.find()) {
            return null;
        }
        try {
            return Charset.forName(matcher.group(1));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** Whether text that came without a telling extension is an HTML page. */
    static boolean looksLikeHtml(String text) {
        int i = 0;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
            i++;
        }
        String start = text.substring(i, Math.min(text.length(), i + 15)).toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html");
    }

    private static String title(Document page) {
        Element ogTitle = page.selectFirst("meta[property=og:title]");
        if (ogTitle != null && !ogTitle.attr("content").isBlank()) {
            return collapse(ogTitle.attr("content"));
        }
        if (!page.title().isBlank()) {
            return collapse(page.title());
        }
        Element h1 = page.selectFirst("h1");
        return h1 == null || h1.text().isBlank() ? null : collapse(h1.text());
    }

    private static Element articleRoot(Document page) {
        for (String query : List.of("article", "main", "[role=main]")) {
            Element candidate = page.selectFirst(query);
            if (candidate != null && candidate.hasText()) {
                return candidate;
            }
        }
        return page.body();
    }

    private static void removeChrome(Element root) {
        root.select(CHROME).remove();
        // A <header> is the site's banner, except inside an <article>, where it holds the headline and byline.
        for (Element header : root.select("header")) {
            if (header.closest("article") == null) {
                header.remove();
            }
        }
        for (Element element : root.select("[class], [id], [style]")) {
            if (element != root && (isAd(element) || isHiddenByStyle(element))) {
                element.remove();
            }
        }
    }

    private static boolean isAd(Element element) {
        for (String token : element.classNames()) {
            if (AD_TOKEN.matcher(token.toLowerCase(Locale.ROOT)).matches()) {
                return true;
            }
        }
        return AD_TOKEN.matcher(element.id().toLowerCase(Locale.ROOT)).matches();
    }

    private static boolean isHiddenByStyle(Element element) {
        return HIDDEN_STYLE.matcher(element.attr("style").toLowerCase(Locale.ROOT)).find();
    }

    private static String blocks(Element root) {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            /** How many {@code <pre>} elements the visit is inside: there, line breaks in the source are text. */
            private int preDepth;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    String text = textNode.getWholeText();
                    if (preDepth > 0) {
                        current.append(text);
                    } else {
                        // Line breaks in the source are plain whitespace; flush() collapses the runs.
                        for (int i = 0; i < text.length(); i++) {
                            char c = text.charAt(i);
                            current.append(isHtmlSpace(c) ? ' ' : c);
                        }
                    }
                } else if (node instanceof Element element) {
                    String tag = element.normalName();
                    if (tag.equals("pre")) {
                        preDepth++;
                    }
                    if (tag.equals("br")) {
                        current.append('\n');
                    } else if (tag.equals("tr") || BLOCKS.contains(tag)) {
                        flush(blocks, current);
                    } else if ((tag.equals("td") || tag.equals("th")) && hasContent(current)) {
                        current.append(" | ");
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    flush(blocks, current);
                    if (element.normalName().equals("pre")) {
                        preDepth--;
                    }
                }
            }
        }, root);
        flush(blocks, current);
        return String.join("\n\n", blocks);
    }

    /**
     * Ends the current block: in each of its lines, runs of whitespace become one space and the ends are trimmed;
     * blank lines are dropped. One pass, as an article page can hold megabytes of text.
     */
    private static void flush(List<String> blocks, StringBuilder current) {
        if (current.length() == 0) {
            return;
        }
        StringBuilder block = new StringBuilder(current.length());
        int lineStart = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < current.length(); i++) {
            char c = current.charAt(i);
            if (c == '\n') {
                trimEnd(block, lineStart);
                if (block.length() > lineStart) {
                    block.append('\n');
                    lineStart = block.length();
                }
                pendingSpace = false;
            } else if (isHtmlSpace(c) || (block.length() == lineStart && isEdgeSpace(c))) {
                pendingSpace = block.length() > lineStart;
            } else {
                if (pendingSpace) {
                    block.append(' ');
                    pendingSpace = false;
                }
                block.append(c);
            }
        }
        trimEnd(block, lineStart);
        if (block.length() > 0 && block.charAt(block.length() - 1) == '\n') {
            block.setLength(block.length() - 1);
        }
        if (block.length() > 0) {
            blocks.add(block.toString());
        }
        current.setLength(0);
    }

    private static void trimEnd(StringBuilder block, int lineStart) {
        while (block.length() > lineStart && isEdgeSpace(block.charAt(block.length() - 1))) {
            block.setLength(block.length() - 1);
        }
    }

    private static boolean hasContent(StringBuilder current) {
        for (int i = 0; i < current.length(); i++) {
            if (!isEdgeSpace(current.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHtmlSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    /** Whitespace runs to one space, trimmed, including no-break spaces at either end. */
    private static String collapse(String text) {
        String collapsed = HTML_SPACE.matcher(text).replaceAll(" ");
        int start = 0;
        int end = collapsed.length();
        while (start < end && isEdgeSpace(collapsed.charAt(start))) {
            start++;
        }
        while (end > start && isEdgeSpace(collapsed.charAt(end - 1))) {
            end--;
        }
        return collapsed.substring(start, end);
    }

    private static boolean isEdgeSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B';
    }
}
