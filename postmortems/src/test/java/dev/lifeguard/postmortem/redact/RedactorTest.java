package dev.lifeguard.postmortem.redact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RedactorTest {

    static List<SecretSamples> samples() {
        return SecretSamples.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void redact_everyForm_secretGoneKindAndLineReported(SecretSamples sample) {
        String text = "first line\nsecond line\n" + sample.text() + "\nlast line";

        Redacted r = Redactor.redact(text);

        sample.secrets().forEach(secret -> assertThat(r.text()).doesNotContain(secret));
        assertThat(r.text())
                .contains(Redactor.MASK)
                .startsWith("first line\nsecond line\n")
                .endsWith("\nlast line");
        assertThat(r.redactions())
                .isNotEmpty()
                .allSatisfy(x -> assertThat(x.line()).isEqualTo(3));
        assertThat(r.redactions().get(0).kind()).isEqualTo(sample.kind());
        assertThat(r.redactions().toString()).doesNotContain(sample.secrets().get(0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void redact_alreadyRedacted_unchangedAndNothingReported(SecretSamples sample) {
        String once = Redactor.redact(sample.text()).text();

        Redacted twice = Redactor.redact(once);

        assertThat(twice.text()).isEqualTo(once);
        assertThat(twice.redactions()).isEmpty();
    }

    @Test
    void redact_eachKindOfSecret_maskedKeepingContext() {
        String text = "url mysql://app:pa55@db:3306/x\nPASSWORD: \"s e c\"\nAuthorization: Bearer abc.def-ghi_jkl\n"
                + "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nkey AKIAABCDEFGHIJKLMNOP ok";

        Redacted r = Redactor.redact(text);

        // Quotes stay around a masked quoted value, so JSON, YAML and exposition labels still parse.
        assertThat(r.text())
                .isEqualTo("url mysql://app:[REDACTED]@db:3306/x\nPASSWORD: \"[REDACTED]\"\n"
                        + "Authorization: Bearer [REDACTED]\naws_secret_access_key = [REDACTED]\nkey [REDACTED] ok");
        assertThat(r.redactions())
                .extracting(Redaction::toString)
                .containsExactly(
                        "URL credentials on line 1",
                        "password on line 2",
                        "bearer token on line 3",
                        "AWS secret key on line 4",
                        "AWS access key on line 5");
    }

    @Test
    void redact_unterminatedPemBlock_masksItsBase64LinesOnly() {
        String text = "key:\n-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\nAbCdEfGhIjKlMnOpQrStUv\n"
                + "The pool recovered at 10:02.";

        Redacted r = Redactor.redact(text);

        assertThat(r.text()).isEqualTo("key:\n-----BEGIN PRIVATE KEY-----[REDACTED]\nThe pool recovered at 10:02.");
        assertThat(r.redactions()).extracting(Redaction::toString).containsExactly("PEM private key on line 2");
    }

    @Test
    void redact_firstLineOffset_linesCountedFromIt() {
        Redacted r = Redactor.redact("a\npassword=x1y2z3\nb\nPGPASSWORD=q", 41);

        assertThat(r.redactions())
                .extracting(Redaction::toString)
                .containsExactly("password on line 42", "PGPASSWORD on line 44");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Pool of 10 at host db:5432, user app; see https://wiki/x and password policy docs.",
                "The token bucket refilled slowly; the password reset flow was slow.",
                "Token: expired. Secret: rotated. Bearer authentication failed for basic connectivity checks.",
                "http://db-proxy:8080/health returned 503; see https://status.example.com/incidents?id=12&page=2",
                "We keep secrets in Vault; tokens are rotated weekly and the API key policy is documented.",
                "Basic troubleshooting steps were followed by the on-call engineer at 10:05."
            })
    void redact_ordinaryProse_unchanged(String text) {
        Redacted r = Redactor.redact(text);

        assertThat(r.text()).isEqualTo(text);
        assertThat(r.redactions()).isEmpty();
    }
}
