package dev.lifeguard.incident;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * An enum whose JSON spelling is its lower-case name ({@code misleading_lead}); documents stay readable
 * and independent of Java naming conventions.
 */
public interface WireEnum {

    /** The constant's name as Java spells it. */
    String name();

    /** The spelling used in JSON documents and on the command line. */
    @JsonValue
    default String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A human label: {@code misleading_lead} becomes {@code Misleading lead}. */
    default String label() {
        String words = wire().replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /**
     * Finds the constant spelled {@code text} (either case, spaces or dashes for underscores).
     *
     * @throws IllegalArgumentException naming the accepted values when nothing matches
     */
    static <E extends Enum<E> & WireEnum> E parse(Class<E> type, String text) {
        String wanted = text == null ? "" : text.trim().replace(' ', '_').replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.wire().equalsIgnoreCase(wanted) || constant.name().equalsIgnoreCase(wanted)) {
                return constant;
            }
        }
        StringBuilder accepted = new StringBuilder();
        for (E constant : type.getEnumConstants()) {
            accepted.append(accepted.length() == 0 ? "" : ", ").append(constant.wire());
        }
        throw new IllegalArgumentException(
                "'" + text + "' is not a " + type.getSimpleName() + " (accepted: " + accepted + ")");
    }
}
