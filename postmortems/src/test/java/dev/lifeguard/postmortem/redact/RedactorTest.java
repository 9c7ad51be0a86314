package dev.lifeguard.postmortem.redact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactorTest {

    @Test
    void redact_eachKindOfSecret_maskedKeepingContext() {
        String text = "url mysql://app:pa55@db:3306/x\nPASSWORD: \"s e c\"\nAuthorization: Bearer abc.def-ghi_jkl\n"
                + "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nkey AKIAABCDEFGHIJKLMNOP ok";

        Redacted r = Redactor.redact(text);

        assertThat(r.text()).isEqualTo("url mysql://app:[REDACTED]@db:3306/x\nPASSWORD: [REDACTED]\n"
                + "Authorization: Bearer [REDACTED]\naws_secret_access_key = [REDACTED]\nkey [REDACTED] ok");
        assertThat(r.redactions()).extracting(Redaction::toString).containsExactly(
                "database URL credentials on line 1", "password on line 2", "bearer token on line 3",
                "AWS secret key on line 4", "AWS access key on line 5");
    }

    @Test
    void redact_noSecrets_unchanged() {
        String text = "Pool of 10 at host db:5432, user app; see https://wiki/x and password policy docs.";

        Redacted r = Redactor.redact(text);

        assertThat(r.text()).isEqualTo(text);
        assertThat(r.redactions()).isEmpty();
    }
}
