package dev.lifeguard.postmortem.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.junit.jupiter.api.Test;

class MarkdownEscaperTest {

    @Test
    void escape_markupAtLineStartAndInside_readsBackAsTheSameText() {
        String text = "# not a heading *not bold* [no](link) <b>x</b> | cell 1. not a list `code` ![i](x) & ~";

        String escaped = MarkdownEscaper.escape(text);
        String back = TextContentRenderer.builder()
                .build()
                .render(Parser.builder().build().parse(escaped));

        assertThat(back.strip()).isEqualTo(text);
    }

    @Test
    void escape_listMarkersAtStart_escaped() {
        assertThat(MarkdownEscaper.escape("- a")).isEqualTo("\\- a");
        assertThat(MarkdownEscaper.escape("12. a")).isEqualTo("12\\. a");
        assertThat(MarkdownEscaper.escape("a\nb")).isEqualTo("a b");
    }
}
