package dev.lifeguard.postmortem.redact;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The one list of secret forms Lifeguard masks, on every way in (documented in {@code docs/redaction.md}). Each form
 * is a regular expression whose capturing group(s) hold the secret; the text around it (the key, the user name, the
 * host) is kept so the line still reads. Every quantifier is bounded or possessive, so one attempt costs at most a
 * few kilobytes of look-ahead and the combined scan stays linear in the text.
 *
 * <p>Every match of a form starts at one of its {@link #anchors() anchors}. Forms are tried at each anchor in this
 * order; the leftmost match wins, and at one position the first form in this order (a provider-specific form such
 * as {@code secret_access_key} before the generic key form).
 */
enum SecretForm {

    /** A PEM private-key block: the header is kept, the body and footer masked (unterminated: its base64 lines). */
    PEM_PRIVATE_KEY(
            "PEM private key",
            List.of("-----begin"),
            "-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY-----"
                    + "((?:[A-Za-z0-9+/=:,. \\t\\r\\n]|\\\\[nr]|-(?!----))*+-----END[ A-Z0-9]{0,40}PRIVATE KEY-----"
                    + "|(?:\\r?\\n[A-Za-z0-9+/=]{16,128}+)++)"),
    /** A GCP service-account file's {@code "private_key": "-----BEGIN PRIVATE KEY-----\n…"}. */
    GCP_PRIVATE_KEY(
            "GCP service-account private key",
            List.of("private_key\""),
            "private_key\"\\s{0,20}:\\s{0,20}\"((?:[^\"\\\\\\n]|\\\\.){1,16384}+)\""),
    /** {@code aws_secret_access_key = …}, {@code "SecretAccessKey": "…"}. */
    AWS_SECRET_KEY(
            "AWS secret key",
            List.of("secret"),
            "(?i:secret_?access_?key)[\"']?\\s{0,20}[=:]\\s{0,20}[\"']?([A-Za-z0-9/+=]{16,200}+)"),
    /** An AWS access key id: long-term {@code AKIA…} or temporary {@code ASIA…}. */
    AWS_ACCESS_KEY("AWS access key", List.of("akia", "asia"), "\\b((?:AKIA|ASIA)[0-9A-Z]{16})\\b"),
    /** A Google API key, {@code AIza} and 35 more characters. */
    GCP_API_KEY("GCP API key", List.of("aiza"), "\\b(AIza[0-9A-Za-z_\\-]{35})(?![0-9A-Za-z_\\-])"),
    /** An Azure connection string's {@code AccountKey=…} or {@code SharedAccessKey=…}. */
    AZURE_ACCOUNT_KEY(
            "Azure account key",
            List.of("accountkey", "sharedaccesskey"),
            "(?i:AccountKey|SharedAccessKey)\\s{0,20}=\\s{0,20}([A-Za-z0-9+/]{20,200}+={0,2})"),
    /** The signature of an Azure shared access signature URL, {@code ?…&sig=…}. */
    AZURE_SAS_SIGNATURE("Azure SAS signature", List.of("sig="), "(?<=[?&])sig=([A-Za-z0-9%+/=]{16,300}+)"),
    /** A Slack incoming-webhook URL's path. */
    SLACK_WEBHOOK(
            "Slack webhook",
            List.of("hooks.slack.com"),
            "hooks\\.slack\\.com/(?:services|workflows|triggers)/([A-Za-z0-9_/\\-]{8,200}+)"),
    /** Slack bot, user, app, workspace and refresh tokens. */
    SLACK_TOKEN("Slack token", List.of("xox"), "\\b(xox[abposr]-[0-9A-Za-z\\-]{10,250}+)"),
    /** GitHub personal, OAuth, app and fine-grained tokens. */
    GITHUB_TOKEN(
            "GitHub token",
            List.of("ghp_", "gho_", "ghs_", "ghu_", "ghr_", "github_pat_"),
            "\\b((?:ghp|gho|ghs|ghu|ghr)_[A-Za-z0-9]{36,251}+|github_pat_[A-Za-z0-9_]{22,251}+)"),
    /** A JSON web token: three base64url parts, the first a JSON header. */
    JWT(
            "JWT",
            List.of("eyj"),
            "\\b(eyJ[A-Za-z0-9_\\-]{8,8192}+\\.[A-Za-z0-9_\\-]{8,16384}+\\.[A-Za-z0-9_\\-]{0,4096}+)"),
    /** {@code scheme://user:password@host} for every scheme (postgres, mysql, jdbc:…, https, redis, amqp…). */
    URL_CREDENTIALS("URL credentials", List.of("://"), "://[^\\s:/@]{0,128}+:([^\\s@/]{1,256}+)@"),
    /** Oracle's {@code jdbc:oracle:thin:user/password@host}. */
    ORACLE_CREDENTIALS(
            "URL credentials",
            List.of("jdbc:oracle"),
            "(?i:jdbc:oracle:[a-z]{1,10}):[^\\s/:@]{1,128}+/([^\\s@]{1,256}+)@"),
    /** {@code Authorization: Basic …}: only base64 that decodes to {@code user:password}. */
    BASIC_AUTHORIZATION(
            "Basic authorization", List.of("basic"), "(?i:\\bbasic)\\s{1,20}([A-Za-z0-9+/]{8,4096}+={0,2})"),
    /** {@code Authorization: Bearer …}: only a value that looks like a token, not a word. */
    BEARER_TOKEN("bearer token", List.of("bearer"), "(?i:\\bbearer)\\s{1,20}([A-Za-z0-9\\-._~+/]{8,8192}+=*)"),
    /** PostgreSQL's password variable. */
    PGPASSWORD("PGPASSWORD", List.of("pgpassword"), "(?i:\\bPGPASSWORD)\\s{0,20}=\\s{0,20}" + Values.ANY),
    /** MySQL's password variable. */
    MYSQL_PWD("MYSQL_PWD", List.of("mysql_pwd"), "(?i:\\bMYSQL_PWD)\\s{0,20}=\\s{0,20}" + Values.ANY),
    /** {@code password=…}, {@code passwd: …}, {@code "pwd": "…"}, {@code DB_PASSWORD=…} in any notation. */
    PASSWORD(
            "password",
            List.of("password", "passwd", "pwd"),
            "(?i:password|passwd|pwd)[\"']?\\s{0,20}[=:]\\s{0,20}" + Values.ANY),
    /** JSON, YAML and {@code key=value} secrets and tokens: {@code "client_secret": "…"}, {@code token: …}. */
    SECRET_KEY(
            "secret or token",
            List.of("secret", "token", "apikey", "api_key", "api-key", "private_key"),
            "(?i:secret(?:_?key)?|token|api[_-]?key|private_?key)[\"']?\\s{0,20}[=:]\\s{0,20}" + Values.ANY);

    /** Where a key's value starts and how far it goes: quoted (inside the quotes) or one unquoted word. */
    private static final class Values {
        static final String ANY =
                "(?:\"((?:[^\"\\\\\\n]|\\\\.){1,4096}+)\"|'([^'\\n]{1,1024}+)'" + "|([^\\s,;&\"'`<>]{1,512}+))";
    }

    private final String kind;
    private final List<String> anchors;
    private final String regex;

    SecretForm(String kind, List<String> anchors, String regex) {
        this.kind = kind;
        this.anchors = anchors;
        this.regex = regex;
    }

    /**
     * Lower-case literals at which every match of this form starts (the text is searched for them with its ASCII
     * letters lowered), so the pattern is only tried where a secret can begin.
     */
    List<String> anchors() {
        return anchors;
    }

    /** What the report calls it. */
    String kind() {
        return kind;
    }

    String regex() {
        return regex;
    }

    /** The forms in the order they are tried. */
    static List<SecretForm> all() {
        return List.of(values());
    }

    /**
     * False for a match that only looks like this form (words after {@code basic} or {@code bearer}, an ordinary
     * word after {@code token:}).
     *
     * @param text        the whole text
     * @param start       where the match starts
     * @param secretStart where the candidate secret starts
     * @param secret      the candidate secret
     */
    boolean accepts(CharSequence text, int start, int secretStart, String secret) {
        if (secret.equals(Redactor.MASK)) {
            return false; // already masked: redacting twice reports nothing new
        }
        return switch (this) {
            case BASIC_AUTHORIZATION -> decodesToCredentials(secret);
            case BEARER_TOKEN -> looksLikeToken(secret);
            case SECRET_KEY ->
                quoted(text, secretStart) || assignedWithEquals(text, start, secretStart) || looksLikeToken(secret);
            default -> true;
        };
    }

    private static boolean decodesToCredentials(String base64) {
        try {
            String decoded = new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon > 0 && decoded.chars().allMatch(c -> c >= 0x20 && c != 0xFFFD);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * A token, not a word: it has a digit, a symbol, a capital inside it, or is too long for a word ("token bucket",
     * "bearer authentication" and "secret: rotated" stay).
     */
    static boolean looksLikeToken(String value) {
        if (value.length() < 8) {
            return false;
        }
        boolean digit = false;
        boolean symbol = false;
        boolean innerUpper = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            digit |= Character.isDigit(c);
            symbol |= c == '_' || c == '+' || c == '/' || c == '=' || c == '~';
            innerUpper |= i > 0 && Character.isUpperCase(c);
        }
        return digit || symbol || innerUpper || value.length() >= 24;
    }

    private static boolean quoted(CharSequence text, int secretStart) {
        char before = text.charAt(secretStart - 1);
        return before == '"' || before == '\'';
    }

    private static boolean assignedWithEquals(CharSequence text, int start, int secretStart) {
        for (int i = secretStart - 1; i >= start; i--) {
            char c = text.charAt(i);
            if (c == '=') {
                return true;
            }
            if (c == ':') {
                return false;
            }
        }
        return false;
    }
}
