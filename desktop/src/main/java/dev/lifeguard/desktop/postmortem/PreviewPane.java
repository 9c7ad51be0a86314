package dev.lifeguard.desktop.postmortem;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.concurrent.Worker;
import javafx.scene.layout.StackPane;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;

/**
 * The postmortem as its HTML export renders: the exporter's own self-contained XHTML (styles and charts inline),
 * shown in a {@link WebView}, so what the preview shows is what the HTML (and the PDF made from it) will show.
 * Scripts are off: the document is data, and the exporter escapes every field.
 */
public final class PreviewPane extends StackPane {

    private final WebView web = new WebView();
    private final ReadOnlyIntegerWrapper loads = new ReadOnlyIntegerWrapper();
    private String shown = "";

    public PreviewPane() {
        web.setContextMenuEnabled(false);
        getChildren().add(web);
        WebEngine engine = web.getEngine();
        engine.setJavaScriptEnabled(false);
        engine.getLoadWorker().stateProperty().addListener((o, was, state) -> {
            if (state == Worker.State.SUCCEEDED) {
                loads.set(loads.get() + 1);
            }
        });
    }

    /** Shows {@code html}; the same text again is not reloaded (the scroll position stays). */
    public void show(String html) {
        if (html == null || html.equals(shown)) {
            return;
        }
        shown = html;
        web.getEngine().loadContent(html, "text/html");
    }

    /** The HTML last shown. */
    public String html() {
        return shown;
    }

    /** The web view (tests read its document). */
    public WebView web() {
        return web;
    }

    /** How many documents have finished loading. */
    public ReadOnlyIntegerProperty loadsProperty() {
        return loads.getReadOnlyProperty();
    }
}
