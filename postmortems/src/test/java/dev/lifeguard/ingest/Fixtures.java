package dev.lifeguard.ingest;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Locates the fixture files under {@code src/test/resources/ingest}. */
final class Fixtures {

    private Fixtures() {}

    static Path path(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/ingest/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing fixture " + name, e);
        }
    }
}
