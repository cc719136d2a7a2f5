package com.partnerportal.university;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.university.internal.LessonText;
import org.junit.jupiter.api.Test;

/** R5.6, R8.3: a lesson's rich text formats what it promises and lets no markup through. */
class LessonTextTest {

    @Test
    void paragraphsListsBoldAndLinks() {
        assertThat(LessonText.html(
                        "First **step**.\nSame paragraph.\n\n- one\n- two https://docs.example.com/a?b=1&c=2"))
                .isEqualTo("<p>First <strong>step</strong>.<br>Same paragraph.</p>\n"
                        + "<ul><li>one</li><li>two <a href=\"https://docs.example.com/a?b=1&amp;c=2\""
                        + " rel=\"noopener noreferrer\">https://docs.example.com/a?b=1&amp;c=2</a></li></ul>");
    }

    @Test
    void markupAndScriptsStayText() {
        String html = LessonText.html("<script>alert(1)</script> <img src=x onerror=alert(1)>"
                + " javascript:alert(1) https://x.example/\"onmouseover=\"alert(1)");
        assertThat(html)
                .doesNotContain("<script")
                .doesNotContain("<img")
                .doesNotContain("href=\"javascript")
                .doesNotContain("\"onmouseover")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }
}
