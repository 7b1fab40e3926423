package org.factdesk.report;

/**
 * Escapes user text for HTML. Every character that could open markup, end an attribute value or start an entity is
 * written as a character reference, so one escaper serves text and double- or single-quoted attribute values alike.
 * Characters HTML forbids (controls other than tab and line breaks, lone surrogates, non-characters) become U+FFFD.
 */
final class Html {

    private Html() {
    }

    /** {@code text} escaped, appended to {@code out}. */
    static StringBuilder escape(StringBuilder out, CharSequence text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '`' -> out.append("&#96;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (Character.isSurrogate(c) || forbidden(c)) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out;
    }

    /** {@code text} escaped. */
    static String escape(CharSequence text) {
        return escape(new StringBuilder(text.length() + 16), text).toString();
    }

    private static boolean forbidden(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7f && c <= 0x9f || c == '\uFFFE'
                || c == '\uFFFF' || c >= '\uFDD0' && c <= '\uFDEF';
    }
}
