package dev.lifeguard.desktop.whatif;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.MapChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The pool, database and request settings: a field per setting under the library's own key (a check box per
 * flag), grouped, with what it means beside it; the refused fields' reasons listed beneath. The fields are built
 * once per set of keys and updated in place, so Tab moves on through them while each commit changes the scenario.
 */
final class SettingsGrid extends VBox {

    private final WhatIfViewModel model;
    private final GridPane grid = new GridPane();
    private final Label problems = new Label();
    private final Map<String, LabField> fields = new LinkedHashMap<>();
    private final Map<String, CheckBox> flags = new LinkedHashMap<>();
    private Map<String, PoolSetting> current = Map.of();
    /** True while refreshing: a field that loses focus as the grid is rebuilt commits, which refreshes again. */
    private boolean refreshing;

    SettingsGrid(WhatIfViewModel model) {
        super(4);
        this.model = model;
        setId("settings");
        grid.setHgap(8);
        grid.setVgap(4);
        ColumnConstraints name = new ColumnConstraints();
        name.setMinWidth(150);
        ColumnConstraints help = new ColumnConstraints();
        help.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(name, new ColumnConstraints(), help);
        problems.setId("settingsProblem");
        problems.getStyleClass().add("error-text");
        problems.setWrapText(true);
        problems.managedProperty().bind(problems.textProperty().isNotEmpty());
        problems.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(grid, problems);
        model.scenarioProperty().addListener((o, a, s) -> refresh());
        model.fields().rejected().addListener((MapChangeListener<String, FieldEdits.Rejection>) c -> refresh());
        refresh();
    }

    /** The field of setting {@code key}, or null when the scenario has no such setting. */
    LabField field(String key) {
        return fields.get(key);
    }

    private void refresh() {
        if (refreshing) {
            return;
        }
        refreshing = true;
        try {
            show();
        } finally {
            refreshing = false;
        }
    }

    private void show() {
        List<PoolSetting> settings = model.settings();
        Map<String, PoolSetting> now = new LinkedHashMap<>();
        settings.forEach(s -> now.put(s.key(), s));
        boolean sameKeys = List.copyOf(now.keySet()).equals(List.copyOf(current.keySet()));
        current = now;
        if (!sameKeys) {
            build(settings);
        }
        fields.values().forEach(LabField::refresh);
        flags.forEach((key, box) -> box.setSelected(current.get(key).value() != 0));
        problems.setText(String.join(
                "\n",
                model.fields().rejected().values().stream()
                        .filter(r -> current.containsKey(r.key()))
                        .map(FieldEdits.Rejection::message)
                        .toList()));
    }

    private void build(List<PoolSetting> settings) {
        grid.getChildren().clear();
        fields.clear();
        flags.clear();
        int row = 0;
        String category = null;
        for (PoolSetting setting : settings) {
            if (!setting.category().equals(category)) {
                category = setting.category();
                Label group = new Label(category);
                group.getStyleClass().add("figure-value");
                grid.add(group, 0, row++, 3, 1);
            }
            String key = setting.key();
            Label name = new Label(key);
            name.setMinWidth(Label.USE_PREF_SIZE); // the library's own key, always whole
            Label help = new Label(setting.help());
            help.getStyleClass().add("figure-label");
            help.setTextOverrun(OverrunStyle.ELLIPSIS);
            help.setTooltip(new Tooltip(setting.help()));
            if (setting.flag()) {
                CheckBox box = new CheckBox();
                box.setId("field-" + key);
                box.setTooltip(new Tooltip(setting.help()));
                // as tall as a text field's row, so the rows keep one rhythm
                box.setMinHeight(30);
                box.setOnAction(e -> model.edit(key, String.valueOf(box.isSelected())));
                flags.put(key, box);
                grid.addRow(row++, name, box, help);
            } else {
                LabField field = new LabField(
                        model, key, setting.help(), () -> model.fields().text(current.get(key)));
                fields.put(key, field);
                grid.addRow(row++, name, field.input(), help);
            }
        }
    }
}
