package com.partnerportal.shared;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Checks and labels that pages about links and files share. */
public final class WebAddresses {

    private WebAddresses() {}

    /** An absolute https address with a host and no user info, at most 2,000 characters, no spaces or controls. */
    public static boolean isHttps(String link) {
        if (link == null || link.length() > 2000 || link.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
            return false;
        }
        try {
            URI uri = new URI(link);
            return "https".equals(uri.getScheme()) && uri.getHost() != null && uri.getUserInfo() == null;
        } catch (URISyntaxException notAnAddress) {
            return false;
        }
    }

    /** A file size as people read it: "340 KB", "1.2 MB". */
    public static String sizeLabel(long bytes) {
        return bytes < 1024 * 1024
                ? Math.max(1, Math.round(bytes / 1024.0)) + " KB"
                : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
