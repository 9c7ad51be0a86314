package dev.lifeguard.desktop;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The application's version, read from {@code version.properties}, which Maven fills from the pom's
 * {@code <version>} at build time: the one version source shared by the CLI's {@code --version}, the console's
 * title and About, the jar manifest and jpackage.
 */
public final class AppVersion {

    private static final String RESOURCE = "version.properties";
    private static final String VERSION = load();

    private AppVersion() {}

    /** The version as the pom states it, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String current() {
        return VERSION;
    }

    /** "Lifeguard 0.1.0-SNAPSHOT": what {@code --version} prints and About shows. */
    public static String title() {
        return "Lifeguard " + VERSION;
    }

    private static String load() {
        try (InputStream in = AppVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath: the build did not filter "
                        + "src/main/resources-filtered");
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "").strip();
            if (version.isEmpty() || version.startsWith("${")) {
                throw new IllegalStateException(
                        RESOURCE + " holds no version (" + version + "): resource filtering " + "did not run");
            }
            return version;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
