package dev.lifeguard.desktop.insights;

import dev.lifeguard.desktop.chartexport.ChartExporter;
import dev.lifeguard.desktop.survival.SurvivalDialog;
import dev.lifeguard.desktop.survival.SurvivalView;
import dev.lifeguard.desktop.survival.SurvivalViewModel;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/** The Insights tab beside the library: its view is made on first use, and the trends recompute each time it shows. */
public final class InsightsTab extends Tab {

    private final Supplier<InsightsViewModel> models;
    private final ChartExporter exporter;
    private final Supplier<SurvivalViewModel> survival;
    private InsightsView view;

    /**
     * A tab whose view model {@code models} makes once, when the tab is first shown; its charts export through
     * {@code exporter}; "Would this config have survived?" opens over a view model {@code survival} makes each time.
     */
    public InsightsTab(
            Supplier<InsightsViewModel> models, ChartExporter exporter, Supplier<SurvivalViewModel> survival) {
        super("Insights");
        this.models = models;
        this.exporter = exporter;
        this.survival = survival;
        setId("insightsTab");
        setClosable(false);
        selectedProperty().addListener((o, was, now) -> {
            if (now) {
                view().model().refresh();
            }
        });
    }

    /** Selects this tab (which recomputes), or recomputes when it is already shown; returns its view. */
    public InsightsView show() {
        if (isSelected() || getTabPane() == null) {
            view().model().refresh();
        } else {
            getTabPane().getSelectionModel().select(this);
        }
        return view();
    }

    /**
     * Opens "Would this config have survived?" in a window of its own owned by the window of {@code from} (the
     * toolbar button and the Incident menu both come here); returns its view.
     */
    public SurvivalView wouldSurvive(Node from) {
        return SurvivalDialog.show(from, survival.get());
    }

    /** The view, made on first use. */
    public InsightsView view() {
        if (view == null) {
            view = new InsightsView(models.get(), exporter, null);
            InsightsView shown = view;
            view.setOnWouldSurvive(() -> wouldSurvive(shown));
            setContent(view);
        }
        return view;
    }
}
