package dev.lifeguard.postmortem.bench;

import dev.lifeguard.postmortem.SampleHazards;
import dev.lifeguard.postmortem.SampleIncidents;
import dev.lifeguard.postmortem.render.ExportFormat;
import dev.lifeguard.postmortem.render.Exporter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes every template in every format for the sample incidents, to look at (pdftoppm -png the PDFs).
 * {@code mvn -B -q -pl postmortems -am process-test-classes -Pbench-export
 * -Dbench.class=dev.lifeguard.postmortem.bench.PreviewDocuments -Dbench.args=target/preview}
 */
public final class PreviewDocuments {

    private PreviewDocuments() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/preview");
        Files.createDirectories(dir);
        Exporter exporter = new Exporter();
        for (String template : new String[] {"sre", "classic", "incident-log"}) {
            for (ExportFormat format : ExportFormat.values()) {
                exporter.export(
                        SampleIncidents.checkoutLeak(),
                        format,
                        template,
                        dir.resolve(template + "." + format.extension()));
            }
        }
        for (ExportFormat format : ExportFormat.values()) {
            exporter.export(SampleHazards.wardRounds(), format, "hazard", dir.resolve("hazard." + format.extension()));
        }
        System.out.println("wrote " + dir.toAbsolutePath());
    }
}
