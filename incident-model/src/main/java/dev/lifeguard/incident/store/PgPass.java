package dev.lifeguard.incident.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The password file psql reads ({@code ~/.pgpass}, or {@code PGPASSFILE}): lines of
 * {@code hostname:port:database:username:password}, {@code *} matching anything, {@code \:} and {@code \\}
 * escaping, the first matching line winning. As libpq does, a file that group or others can read is ignored.
 */
final class PgPass {

    private PgPass() {}

    /** The password for a target from the file, if a line matches. */
    static Optional<String> lookup(Path file, PostgresTarget target) {
        if (!Files.isRegularFile(file) || tooOpen(file)) {
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            return Optional.empty(); // psql also goes on without the file when it cannot read it
        }
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = fields(line);
            if (fields.size() == 5
                    && matches(fields.get(0), target.host())
                    && matches(fields.get(1), String.valueOf(target.port()))
                    && matches(fields.get(2), target.database())
                    && matches(fields.get(3), target.user())) {
                return Optional.of(fields.get(4));
            }
        }
        return Optional.empty();
    }

    private static boolean matches(String pattern, String value) {
        return pattern.equals("*") || pattern.equals(value);
    }

    /** Splits at unescaped colons, undoing {@code \:} and {@code \\}. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                current.append(line.charAt(++i));
            } else if (c == ':' && fields.size() < 4) {
                fields.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        fields.add(current.toString());
        return fields;
    }

    private static boolean tooOpen(Path file) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            return permissions.contains(PosixFilePermission.GROUP_READ)
                    || permissions.contains(PosixFilePermission.OTHERS_READ);
        } catch (UnsupportedOperationException | IOException e) {
            return false; // not a POSIX file system: libpq does not check there either
        }
    }
}
