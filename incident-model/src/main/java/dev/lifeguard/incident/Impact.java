package dev.lifeguard.incident;

import org.jspecify.annotations.Nullable;

/**
 * Who and what the incident hurt.
 *
 * @param usersAffectedPercent share of users affected, 0–100 ({@code null} when unknown)
 * @param requestsFailed       failed requests, when counted ({@code null} when unknown)
 * @param description          the impact in words ({@code null} permitted)
 */
public record Impact(
        @Nullable Double usersAffectedPercent,
        @Nullable Long requestsFailed,
        @Nullable String description) {

    public static final Impact UNKNOWN = new Impact(null, null, null);

    public Impact {
        if (usersAffectedPercent != null) {
            Checks.inRange(usersAffectedPercent, 0, 100, "impact 'usersAffectedPercent'");
        }
        if (requestsFailed != null && requestsFailed < 0) {
            throw new IllegalArgumentException("impact 'requestsFailed' must not be negative, was " + requestsFailed);
        }
        description = Checks.blankToNull(description);
    }
}
