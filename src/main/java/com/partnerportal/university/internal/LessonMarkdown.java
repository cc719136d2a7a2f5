package com.partnerportal.university.internal;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * A lesson's text (R5.7): CommonMark with tables and autolinks. Raw HTML in the text is shown as
 * text, never as markup; the HTML CommonMark renders is then cleaned by jsoup against a list of
 * allowed tags, attributes and URL schemes, so that no script, event handler or {@code javascript:}
 * link reaches a learner's page whatever an admin typed. Headings start at level 2: the lesson's
 * title is the page's heading.
 */
public final class LessonMarkdown {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();
    private static final Safelist ALLOWED = Safelist.relaxed()
            .removeTags("h1", "div", "span", "cite", "col", "colgroup", "caption", "u", "small", "strike")
            .addTags("hr", "del")
            .removeProtocols("a", "href", "ftp")
            .addProtocols("img", "src", "https")
            .removeProtocols("img", "src", "http")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer")
            .preserveRelativeLinks(true);
    private static final String BASE = "https://lesson.invalid/";

    private LessonMarkdown() {}

    public static String html(String markdown) {
        String rendered = RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
        Document dirty =
                Jsoup.parseBodyFragment(rendered.replace("<h1>", "<h2>").replace("</h1>", "</h2>"), BASE);
        Document clean = new Cleaner(ALLOWED).clean(dirty);
        // A refused URL is left empty by CommonMark; an empty one would point at the page itself.
        clean.select("a[href=''], img[src='']").removeAttr("href").removeAttr("src");
        clean.outputSettings().prettyPrint(false);
        return clean.body().html().strip();
    }
}
