package dev.lifeguard.poolsim.real;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #16: Ctrl-C or SIGTERM during a real run left {@code lifeguard-sim-<pid>-*} folders behind. A child JVM
 * runs a real simulation; it is signalled mid-run and its folder must be gone when it has exited.
 */
class SignalCleanupTest {

    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void sigterm_midRun_removesTheRunsTempFolder() throws Exception {
        Process child = startRun();
        Path folder = awaitRunning(child);

        child.destroy(); // SIGTERM on Linux

        assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the child exited").isTrue();
        assertThat(child.exitValue()).as("killed by SIGTERM: 128 + 15").isEqualTo(143);
        assertThat(folder).doesNotExist();
        assertThat(ourFolders(child)).isEmpty();
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void sigint_midRun_removesTheRunsTempFolder() throws Exception {
        Process child = startRun();
        Path folder = awaitRunning(child);

        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(child.pid()))
                .inheritIO()
                .start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(kill.exitValue()).isZero();

        assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the child exited").isTrue();
        assertThat(child.exitValue()).as("interrupted by SIGINT: 128 + 2").isEqualTo(130);
        assertThat(folder).doesNotExist();
        assertThat(ourFolders(child)).isEmpty();
    }

    private Process startRun() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return new ProcessBuilder(
                        java,
                        "-Djava.io.tmpdir=" + tmp,
                        "-Xmx256m",
                        "-cp",
                        classpath.replace(File.pathSeparator + File.pathSeparator, File.pathSeparator),
                        SignalledRunMain.class.getName())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    /** Waits for the child's {@code RUNNING [folder]} line and returns the folder, which must exist then. */
    private Path awaitRunning(Process child) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line = CompletableFuture.supplyAsync(() -> {
                    try {
                        for (String l = out.readLine(); l != null; l = out.readLine()) {
                            if (l.startsWith("RUNNING ")) {
                                return l;
                            }
                        }
                        return "exited: " + child.waitFor();
                    } catch (IOException | InterruptedException e) {
                        return e.toString();
                    }
                })
                .get(90, TimeUnit.SECONDS);
        assertThat(line).startsWith("RUNNING [").endsWith("]");
        Path folder = Path.of(line.substring("RUNNING [".length(), line.length() - 1));
        assertThat(folder.getParent()).isEqualTo(tmp);
        assertThat(folder.getFileName().toString()).startsWith("lifeguard-sim-" + child.pid() + "-");
        assertThat(folder).isDirectory();
        assertThat(ourFolders(child)).containsExactly(folder);
        return folder;
    }

    private List<Path> ourFolders(Process child) throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.filter(p -> p.getFileName().toString().startsWith("lifeguard-sim-" + child.pid() + "-"))
                    .toList();
        }
    }
}
