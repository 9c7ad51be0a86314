package dev.lifeguard.incident;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Makes incident ids such as {@code INC-20240510-K7QZ}: sortable by day, short enough to type. */
public final class IncidentIds {

    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private IncidentIds() {}

    /** A new id for an incident that started on {@code day}. */
    public static String newId(LocalDate day) {
        StringBuilder id = new StringBuilder("INC-")
                .append(day.format(DateTimeFormatter.BASIC_ISO_DATE))
                .append('-');
        for (int i = 0; i < 4; i++) {
            id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }
}
