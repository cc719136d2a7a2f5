package com.partnerportal.notifications;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Free text typed by one person and emailed under the vendor's name to another, such as a
 * reviewer's rejection reason (R3.8): addresses in it are written so that no mail client turns
 * them into links ({@code https://evil.example/x} becomes {@code https[:]//evil[.]example/x}).
 * The reader can still read them; nobody can use the vendor's email to have one clicked.
 */
final class LinkFreeText {

    /** A scheme's {@code ://}, {@code www.}, or a name with a dot before two or more letters: what clients link. */
    private static final Pattern ADDRESS = Pattern.compile(
            "(?i)\\b(?:[a-z][a-z0-9+.-]*://\\S+|www\\.\\S+|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,}\\b\\S*)");

    private LinkFreeText() {}

    static String of(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        Matcher address = ADDRESS.matcher(text);
        var written = new StringBuilder();
        while (address.find()) {
            String defanged =
                    address.group().replace("://", "[:]//").replace(".", "[.]").replace("@", "[at]");
            address.appendReplacement(written, Matcher.quoteReplacement(defanged));
        }
        address.appendTail(written);
        return written.toString();
    }
}
