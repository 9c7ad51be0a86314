package dev.lifeguard.desktop.whatif;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.controlsfx.control.PropertySheet;

/** A scenario setting as a ControlsFX property-sheet row; a rejected value is reported, not applied. */
final class SettingItem implements PropertySheet.Item {

    private final PoolSetting setting;
    private final BiFunction<String, Double, Optional<String>> apply;
    private final Consumer<String> rejected;

    SettingItem(PoolSetting setting, BiFunction<String, Double, Optional<String>> apply, Consumer<String> rejected) {
        this.setting = setting;
        this.apply = apply;
        this.rejected = rejected;
    }

    @Override
    public Class<?> getType() {
        // A whole-number type gets a whole-number editor: "10", not "10.0", for a pool size.
        return setting.whole() ? Long.class : Double.class;
    }

    @Override
    public String getCategory() {
        return setting.category();
    }

    @Override
    public String getName() {
        return setting.key();
    }

    @Override
    public String getDescription() {
        return setting.help();
    }

    @Override
    public Object getValue() {
        return setting.whole() ? (Object) Math.round(setting.value()) : (Object) setting.value();
    }

    @Override
    public void setValue(Object value) {
        if (value instanceof Number n && n.doubleValue() != setting.value()) {
            apply.apply(setting.key(), n.doubleValue()).ifPresent(rejected);
        }
    }

    @Override
    public Optional<javafx.beans.value.ObservableValue<? extends Object>> getObservableValue() {
        return Optional.empty();
    }
}
