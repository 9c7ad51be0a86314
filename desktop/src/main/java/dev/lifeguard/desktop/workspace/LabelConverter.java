package dev.lifeguard.desktop.workspace;

import dev.lifeguard.incident.WireEnum;
import java.util.function.Function;
import javafx.util.StringConverter;

/** Shows a choice by its human label ({@code In review}, {@code Business process}) in combo boxes. */
public final class LabelConverter<E extends WireEnum> extends StringConverter<E> {

    private final Function<String, E> parse;

    /** A converter that reads text back with {@code parse}, e.g. {@code ReviewStatus::of}. */
    public LabelConverter(Function<String, E> parse) {
        this.parse = parse;
    }

    @Override
    public String toString(E value) {
        return value == null ? "" : value.label();
    }

    @Override
    public E fromString(String text) {
        return parse.apply(text);
    }
}
