package dev.lifeguard.postmortem.redact;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets that postmortems often paste by accident: credentials in database URLs
 * ({@code postgresql://app:s3cret@db:5432/x}), {@code password=…}, bearer tokens, and AWS-style keys. Each
 * pattern matches one small token; the surrounding text is kept so the document still reads.
 */
public final class Redactor {

    /** What replaces a secret. */
    public static final String MASK = "[REDACTED]";

    private record Rule(String kind, Pattern pattern, int group) {
    }

    private static final List<Rule> RULES = List.of(
            // scheme://user:password@host — keep the user, mask the password.
            new Rule("database URL credentials",
                    Pattern.compile("\\b[a-zA-Z][a-zA-Z0-9+.\\-]{1,30}://[^\\s:/@]{1,100}:([^\\s@/]{1,200})@"), 1),
            new Rule("password", Pattern.compile(
                    "(?i)\\b(?:password|passwd|pwd|secret|api[_-]?key|access[_-]?token)\\s*[=:]\\s*"
                            + "(\"[^\"\\n]{1,200}\"|'[^'\\n]{1,200}'|[^\\s,;&\"'`]{1,200})"), 1),
            new Rule("bearer token", Pattern.compile("(?i)\\bbearer\\s+([A-Za-z0-9\\-._~+/]{8,}=*)"), 1),
            new Rule("AWS access key", Pattern.compile("\\b((?:AKIA|ASIA)[0-9A-Z]{16})\\b"), 1),
            new Rule("AWS secret key", Pattern.compile(
                    "(?i)aws_secret_access_key\\s*[=:]\\s*([A-Za-z0-9/+=]{16,200})"), 1));

    private Redactor() {
    }

    /** Masks every secret in {@code text}. */
    public static Redacted redact(String text) {
        List<Redaction> found = new ArrayList<>();
        String out = text;
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(out);
            StringBuilder sb = new StringBuilder(out.length());
            int last = 0;
            while (m.find()) {
                if (m.group(rule.group()).equals(MASK) || m.group(rule.group()).equals("\"" + MASK + "\"")) {
                    continue;
                }
                sb.append(out, last, m.start(rule.group())).append(MASK);
                last = m.end(rule.group());
                found.add(new Redaction(rule.kind(), lineOf(out, m.start(rule.group()))));
            }
            sb.append(out, last, out.length());
            out = sb.toString();
        }
        found.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return new Redacted(out, found);
    }

    private static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
