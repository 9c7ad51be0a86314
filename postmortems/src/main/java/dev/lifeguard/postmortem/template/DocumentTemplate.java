package dev.lifeguard.postmortem.template;

import dev.lifeguard.incident.Checks;

/**
 * A Mustache template that produces Markdown.
 *
 * @param name   a shipped name ({@code sre}) or the path it was read from
 * @param source the template text
 */
public record DocumentTemplate(String name, String source) {

    public DocumentTemplate {
        Checks.notBlank(name, "template 'name'");
        Checks.notBlank(source, "template '" + name + "' text");
    }
}
