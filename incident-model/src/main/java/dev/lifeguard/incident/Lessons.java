package dev.lifeguard.incident;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/** The postmortem's lessons: what went well, what went wrong, where the team got lucky. */
public record Lessons(List<String> wentWell, List<String> wentWrong, List<String> gotLucky) {

    public static final Lessons NONE = new Lessons(List.of(), List.of(), List.of());

    public Lessons {
        wentWell = Checks.copy(wentWell);
        wentWrong = Checks.copy(wentWrong);
        gotLucky = Checks.copy(gotLucky);
    }

    /** True when no lesson has been written. */
    @JsonIgnore
    public boolean isEmpty() {
        return wentWell.isEmpty() && wentWrong.isEmpty() && gotLucky.isEmpty();
    }
}
