package dev.lifeguard.postmortem.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.ReviewStatus;
import dev.lifeguard.incident.review.ReviewWorkflow;
import dev.lifeguard.postmortem.SampleIncidents;
import java.time.OffsetDateTime;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reviewer's sign-off (name and time) is printed in every exported postmortem, and only once signed off. */
class SignOffExportTest {

    private static final OffsetDateTime SIGNED = OffsetDateTime.parse("2026-04-02T15:30:00Z");

    private static Incident reviewed() {
        Incident draft = SampleIncidents.checkoutLeak().toBuilder()
                .reviewStatus(ReviewStatus.DRAFT)
                .build();
        Incident inReview =
                ReviewWorkflow.move(draft, ReviewStatus.IN_REVIEW, "dana.writer", SIGNED.minusDays(1), null);
        return ReviewWorkflow.move(inReview, ReviewStatus.REVIEWED, "omar.reviewer", SIGNED, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"classic", "sre", "incident-log"})
    void markdownAndHtml_showTheReviewerAndTime_onceSignedOff(String template) {
        Exporter exporter = new Exporter();
        String md = exporter.text(reviewed(), ExportFormat.MD, template);
        assertThat(md).contains("**Signed off:** omar.reviewer, ").doesNotContain("dana.writer, ");
        assertThat(exporter.text(reviewed(), ExportFormat.HTML, template)).contains("omar.reviewer");
        Incident reopened = ReviewWorkflow.move(reviewed(), ReviewStatus.IN_REVIEW, "dana.writer", SIGNED, null);
        assertThat(exporter.text(reopened, ExportFormat.MD, template)).doesNotContain("Signed off");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sre"})
    void pdf_showsTheSignOff(String template) throws Exception {
        byte[] pdf = new Exporter().pdfBytes(reviewed(), template);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Signed off:")
                    .contains("omar.reviewer");
        }
    }
}
