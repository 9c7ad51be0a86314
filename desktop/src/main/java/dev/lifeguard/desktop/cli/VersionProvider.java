package dev.lifeguard.desktop.cli;

import dev.lifeguard.desktop.AppVersion;
import picocli.CommandLine.IVersionProvider;

/** {@code lifeguard --version}: the version the build stamped, with the Java runtime that runs it. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {
            AppVersion.title(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
        };
    }
}
