package dev.lifeguard.postmortem.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An e-mail report's {@code Subject:} gives the title without reply/forward prefixes and bracketed tags; an id set
 * apart in it is the incident's id and a bracketed severity its severity, unless the body states its own.
 */
class EmailSubjectTest {

    private static Incident mail(String subject, String body) throws ImportException {
        String text = "Subject: " + subject + "\nFrom: someone@example.org\n\n" + body + "\n";
        return ConservedImports.read(text, "mail.txt").incidents().get(0);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "[Incident] Cart checkout outage (OPS-9044)    | Cart checkout outage   | OPS-9044",
                "RE: [SEV2][Postmortem] Orders API 500s — ORD-2291 | Orders API 500s     | ORD-2291",
                "Fwd: AW: Wallet sync stalled [WAL-15]          | Wallet sync stalled    | WAL-15",
                "SV: [incident review] DB-7: Replica lag spike  | Replica lag spike      | DB-7",
                "Tr : [External] Login slowness - AUTH-303       | Login slowness         | AUTH-303",
                "[EXT] RE: Incident notification: Payment API degraded - PAY-88 | Payment API degraded | PAY-88",
            })
    void subject_prefixesAndTagsDropped_idSetApartIsTheId(String subject, String title, String id) throws Exception {
        Incident i = mail(subject.strip(), "Summary: requests failed for a while.");
        assertThat(i.title()).isEqualTo(title.strip());
        assertThat(i.id()).isEqualTo(id.strip());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "[P1] Search index unreachable         | SEV1",
                "RE: [Sev 3] Thumbnails slow to render | SEV3",
                "[High] [Outage] Billing batch failed  | SEV2",
                "Fwd: Quota service errors [SEV-4]     | SEV4",
            })
    void bracketedSeverityTag_feedsTheSeverity_whenTheBodyGivesNone(String subject, String severity) throws Exception {
        Incident i = mail(subject.strip(), "Summary: something broke.");
        assertThat(i.severity()).isEqualTo(Severity.of(severity.strip()));
        assertThat(i.title())
                .doesNotContain("[")
                .doesNotContainIgnoringCase("fwd:")
                .doesNotContainIgnoringCase("re:");
    }

    @Test
    void bodyIdAndSeverity_winOverTheSubjects() throws Exception {
        Incident i = mail(
                "Re: [SEV1] Payments declined (PAY-100)",
                "Incident ID: PAY-101\nSeverity: Low\nSummary: declines for five minutes.");
        assertThat(i.id()).isEqualTo("PAY-101");
        assertThat(i.severity()).isEqualTo(Severity.SEV4);
        assertThat(i.title()).isEqualTo("Payments declined");
    }

    @Test
    void wordsThatMerelyLookLikeAnId_stayInTheTitle() throws Exception {
        Incident i = mail("Upgrade to PG-15 left pools half empty (EU)", "Summary: pools shrank.");
        assertThat(i.title()).isEqualTo("Upgrade to PG-15 left pools half empty (EU)");
        assertThat(i.id()).doesNotContain("PG-15");
        Incident lower = mail("Checkout latency - pool-10", "Summary: slow.");
        assertThat(lower.title()).isEqualTo("Checkout latency - pool-10");
    }

    @Test
    void markdownLinkAtTheStart_isNotATag() throws Exception {
        Incident i = mail("[Runbook](https://wiki.example.org/rb) gap left the pool unwatched", "Summary: no alerts.");
        // The link's text stays in the title (the Markdown reader keeps a link's text); it is not dropped as a tag.
        assertThat(i.title()).isEqualTo("Runbook gap left the pool unwatched");
    }

    @Test
    void genericWordsBeforeADash_dropped_titleCapitalised() throws Exception {
        Incident i = mail("Outage report - nightly backups skipped", "Summary: no backups.");
        assertThat(i.title()).isEqualTo("Nightly backups skipped");
    }

    @Test
    void emailGreetingAndHeaders_neverTheTitle() throws Exception {
        Incident i = mail("[Incident] Queue consumers stalled", "Hi team,\n\nSummary: consumers stalled.");
        assertThat(i.title()).isEqualTo("Queue consumers stalled");
        assertThat(i.notes()).contains("Hi team,");
    }
}
