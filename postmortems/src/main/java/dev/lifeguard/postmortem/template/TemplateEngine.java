package dev.lifeguard.postmortem.template;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders {@link DocumentTemplate}s with Mustache. {@code {{field}}} is escaped for Markdown (not HTML, which
 * is Mustache's default), so every user-typed value stays text whatever it contains.
 */
public final class TemplateEngine {

    private final DefaultMustacheFactory factory = new MarkdownMustacheFactory();
    private final Map<DocumentTemplate, Mustache> compiled = new ConcurrentHashMap<>();

    /**
     * Renders {@code template} over {@code model}.
     *
     * @throws IllegalArgumentException when the template does not compile, naming the template and the reason
     */
    public String render(DocumentTemplate template, Map<String, Object> model) {
        Mustache mustache = compiled.computeIfAbsent(template, t -> {
            try {
                return factory.compile(new StringReader(t.source()), t.name());
            } catch (MustacheException e) {
                throw new IllegalArgumentException("template '" + t.name() + "' is invalid: " + e.getMessage(), e);
            }
        });
        StringWriter out = new StringWriter();
        try {
            mustache.execute(out, model).flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MustacheException e) {
            throw new IllegalArgumentException("template '" + template.name() + "' failed: " + e.getMessage(), e);
        }
        return out.toString();
    }

    /** A factory whose escaping is Markdown's. */
    private static final class MarkdownMustacheFactory extends DefaultMustacheFactory {
        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(MarkdownEscaper.escape(value));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
