package dev.lifeguard.postmortem.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.incident.ActionItem;
import dev.lifeguard.incident.ActionType;
import dev.lifeguard.incident.Evidence;
import dev.lifeguard.incident.EvidenceKind;
import dev.lifeguard.incident.Impact;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.Lessons;
import dev.lifeguard.incident.TimelineEntry;
import dev.lifeguard.incident.TimelineKind;
import dev.lifeguard.incident.hazard.ControlType;
import dev.lifeguard.incident.hazard.Hazard;
import dev.lifeguard.incident.hazard.HazardControl;
import dev.lifeguard.postmortem.SampleIncidents;
import dev.lifeguard.postmortem.template.TemplateCatalog;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Every text field carries markup; no template may let it through as markup. */
class HtmlEscapingTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMG = "\"><img src=x onerror=alert(2)>";
    private static final String LINK = "[click](javascript:alert(3)) ![x](http://evil/x.png)";

    private static String evil(String field) {
        return field + " " + SCRIPT + " " + IMG + " " + LINK;
    }

    static Incident evilIncident() {
        var base = SampleIncidents.checkoutLeak();
        Hazard hazard = new Hazard(
                "HAZ-1",
                evil("name"),
                evil("description"),
                List.of(evil("cause")),
                evil("effect"),
                evil("hazard"),
                evil("harm"),
                List.of(evil("type")),
                evil("existing"),
                List.of(new HazardControl(
                        ControlType.DESIGN,
                        evil("control"),
                        true,
                        new Evidence(EvidenceKind.DOCUMENT, evil("ref"), evil("evidence")))),
                2,
                2,
                null,
                null,
                null,
                evil("assignment"),
                List.of(evil("code")));
        return base.toBuilder()
                .title(evil("title"))
                .services(List.of(evil("service")))
                .tags(List.of(evil("tag")))
                .impact(new Impact(50.0, 3L, evil("impact")))
                .summary(evil("summary"))
                .rootCause(evil("root"))
                .trigger(evil("trigger"))
                .resolution(evil("resolution"))
                .contributingFactors(List.of(evil("factor")))
                .lessons(new Lessons(List.of(evil("well")), List.of(evil("wrong")), List.of(evil("lucky"))))
                .timeline(List.of(new TimelineEntry(
                        base.startedAt(), TimelineKind.DETECTION, evil("entry"), evil("author"), evil("source"))))
                .actionItems(List.of(new ActionItem(
                        "AI-1",
                        evil("action"),
                        evil("owner"),
                        LocalDate.of(2025, 4, 1),
                        null,
                        ActionType.DETECT,
                        null,
                        evil("ticket"),
                        new Evidence(EvidenceKind.LOG, evil("ref"), evil("evidence")))))
                .hazards(List.of(hazard))
                .notes(List.of(evil("note")))
                .build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sre", "classic", "incident-log", "hazard"})
    void toHtml_markupInEveryField_escapedAndWellFormed(String template) throws Exception {
        Incident incident = evilIncident();
        var doc = new MarkdownExporter().render(incident, TemplateCatalog.shipped(template), List.of());

        String html = new HtmlExporter().toHtml(doc);

        assertThat(html)
                .doesNotContain("<script")
                .doesNotContain("<img src=x")
                .doesNotContain("<img src=\"x\"")
                .doesNotContain("href=\"javascript")
                .doesNotContain("src=\"http://evil");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        Document xml = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(
                        html.replace("<!DOCTYPE html>", "").getBytes(StandardCharsets.UTF_8)));
        assertThat(xml.getElementsByTagName("script").getLength()).isZero();
        NodeList all = xml.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            assertThat(e.hasAttribute("onerror"))
                    .as("onerror on <%s>", e.getTagName())
                    .isFalse();
            assertThat(e.getAttribute("src")).doesNotContain("evil");
        }
        if (!template.equals("hazard")) {
            assertThat(html).contains("title &lt;script&gt;");
        }
    }
}
