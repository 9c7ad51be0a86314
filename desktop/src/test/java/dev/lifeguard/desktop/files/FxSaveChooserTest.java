package dev.lifeguard.desktop.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import javafx.stage.FileChooser;
import org.junit.jupiter.api.Test;

class FxSaveChooserTest {

    private static final List<FileType> CHART = List.of(new FileType("PNG image", "png"), new FileType("SVG", "svg"));

    @Test
    void withExtension_typedNone_addsTheSelectedFiltersExtension() {
        FileChooser.ExtensionFilter svg = new FileChooser.ExtensionFilter("SVG (*.svg)", "*.svg");
        assertThat(FxSaveChooser.withExtension(Path.of("/tmp/chart"), CHART, svg))
                .isEqualTo(Path.of("/tmp/chart.svg"));
        assertThat(FxSaveChooser.withExtension(Path.of("/tmp/chart.v2"), CHART, null))
                .isEqualTo(Path.of("/tmp/chart.v2.png"));
    }

    @Test
    void withExtension_typedAnOfferedOne_keepsTheName() {
        assertThat(FxSaveChooser.withExtension(Path.of("/tmp/Chart.SVG"), CHART, null))
                .isEqualTo(Path.of("/tmp/Chart.SVG"));
    }

    @Test
    void fileType_extensionMustBeBare() {
        assertThat(new FileType("PDF", "PDF").extension()).isEqualTo("pdf");
        assertThatThrownBy(() -> new FileType("PDF", ".pdf")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FileType("PDF", "*.pdf")).isInstanceOf(IllegalArgumentException.class);
    }
}
