package org.factdesk.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/** Decides which user-given URLs may become links in an export: only http, https and mailto. */
public final class SafeUrl {

    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");

    private SafeUrl() {
    }

    /**
     * Whether {@code url} is an absolute http, https or mailto URL that parses as a URI. Anything else
     * ({@code javascript:}, {@code data:}, relative paths, text with spaces or control characters) is shown as text.
     */
    public static boolean isLink(String url) {
        String scheme = scheme(url);
        return scheme != null && LINK_SCHEMES.contains(scheme);
    }

    /** Whether {@code url} is an absolute http or https URL. */
    public static boolean isWebUrl(String url) {
        String scheme = scheme(url);
        return "http".equals(scheme) || "https".equals(scheme);
    }

    private static String scheme(String url) {
        if (url == null || url.isEmpty() || !url.equals(url.strip())) {
            return null;
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            // Browsers drop tabs and line breaks inside URLs ("java\tscript:"), so refuse every control character.
            if (c <= 0x20 || c == 0x7f || Character.isISOControl(c) || Character.isSpaceChar(c)) {
                return null;
            }
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            if (scheme == null || uri.isOpaque() && !"mailto".equalsIgnoreCase(scheme)) {
                return null;
            }
            if (!"mailto".equalsIgnoreCase(scheme) && (uri.getHost() == null || uri.getHost().isEmpty())) {
                return null;
            }
            return scheme.toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
