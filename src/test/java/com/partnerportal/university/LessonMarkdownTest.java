package com.partnerportal.university;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.university.internal.LessonMarkdown;
import db.migration.V30__Lessons_in_markdown;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * R5.7, R8.3: lessons in Markdown render what CommonMark promises and let nothing run; the lessons
 * written in the old markup read the same after their migration.
 */
class LessonMarkdownTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            paragraph and emphasis      | Some **bold** and *italic*.                  | <p>Some <strong>bold</strong> and <em>italic</em>.</p>
            heading starts at level 2   | # Title                                      | <h2>Title</h2>
            list                        | - one\\n- two                                | <ul>\\n<li>one</li>\\n<li>two</li>\\n</ul>
            table                       | 'a | b\\n--|--\\n1 | 2'                     | <table>\\n<thead>\\n<tr>\\n<th>a</th>\\n<th>b</th>\\n</tr>\\n</thead>\\n<tbody>\\n<tr>\\n<td>1</td>\\n<td>2</td>\\n</tr>\\n</tbody>\\n</table>
            autolink                    | See https://docs.example.com/x               | <p>See <a href="https://docs.example.com/x" rel="noopener noreferrer">https://docs.example.com/x</a></p>
            link                        | [docs](https://docs.example.com)             | <p><a href="https://docs.example.com" rel="noopener noreferrer">docs</a></p>
            image                       | ![chart](https://img.example.com/c.png)      | <p><img src="https://img.example.com/c.png" alt="chart"></p>
            code                        | `x < 1`                                      | <p><code>x &lt; 1</code></p>
            script tag stays text       | <script>alert(1)</script>                    | <p>&lt;script&gt;alert(1)&lt;/script&gt;</p>
            raw HTML stays text         | <b onclick="alert(1)">hi</b>                 | <p>&lt;b onclick="alert(1)"&gt;hi&lt;/b&gt;</p>
            javascript link dropped     | [click](javascript:alert(1))                 | <p><a rel="noopener noreferrer">click</a></p>
            data link dropped           | [x](data:text/html;base64,PHNjcmlwdD4=)      | <p><a rel="noopener noreferrer">x</a></p>
            http image dropped          | ![x](http://img.example.com/c.png)           | <p><img alt="x"></p>
            javascript image dropped    | ![x](javascript:alert(1))                    | <p><img alt="x"></p>
            """)
    void rendersAndCleans(String what, String markdown, String html) {
        assertThat(LessonMarkdown.html(markdown.replace("\\n", "\n"))).isEqualTo(html.replace("\\n", "\n"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "First **step**.\nSame paragraph.\n\n- one\n- two https://docs.example.com/a?b=1&c=2",
                "<script>alert(1)</script> <img src=x onerror=alert(1)> javascript:alert(1)",
                "# not a heading\n1. not a list\n* not a list either\n> not a quote\n`not code` and _not italic_",
                "A [bracket](https://x.example) and a table | a | b |\n|---|---|",
                "**bold with https://x.example/link inside** and a \\ backslash at the end \\",
                "- item with **bold**\n- item with https://x.example/?q=1&r=2\n\nLast paragraph.",
                "Trailing spaces   \n  and indented lines\n\n\n\nafter many blank lines"
            })
    void oldLessonsReadTheSameAfterTheirMigration(String old) {
        String migrated = V30__Lessons_in_markdown.toMarkdown(old);
        assertThat(shape(LessonMarkdown.html(migrated)))
                .as("old markup:%n%s%nmigrated:%n%s", old, migrated)
                .isEqualTo(shape(LegacyLessonText.html(old)));
    }

    /** Elements with their href, and text with its white space collapsed: what a reader sees. */
    static String shape(String html) {
        var out = new StringBuilder();
        shape(Jsoup.parseBodyFragment(html).body(), out);
        return out.toString()
                .replaceAll("\\s+", " ")
                .replace(" <", "<")
                .replace("> ", ">")
                .strip();
    }

    private static void shape(Node node, StringBuilder out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                out.append(text.text());
            } else if (child instanceof Element element) {
                out.append('<').append(element.tagName());
                if (element.hasAttr("href")) {
                    out.append(" href=").append(element.attr("href"));
                }
                out.append('>');
                shape(element, out);
                out.append("</").append(element.tagName()).append('>');
            }
        }
    }
}
