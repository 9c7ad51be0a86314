package dev.lifeguard.postmortem.importer;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

/**
 * Paragraphs built line by line. Continuing the last paragraph appends to its builder, so a paragraph of n lines
 * costs O(n); re-concatenating the string for every line was quadratic (5 MB of {@code password=} lines, one
 * paragraph, ran for minutes).
 */
final class Paragraphs extends AbstractList<String> {

    private final List<StringBuilder> paragraphs = new ArrayList<>();

    @Override
    public String get(int index) {
        return paragraphs.get(index).toString();
    }

    @Override
    public int size() {
        return paragraphs.size();
    }

    @Override
    public void add(int index, String paragraph) {
        paragraphs.add(index, new StringBuilder(paragraph));
    }

    @Override
    public String set(int index, String paragraph) {
        return paragraphs.set(index, new StringBuilder(paragraph)).toString();
    }

    @Override
    public String remove(int index) {
        return paragraphs.remove(index).toString();
    }

    /** Continues the last paragraph with {@code text}, after a space. */
    void continueLast(String text) {
        paragraphs.get(paragraphs.size() - 1).append(' ').append(text);
    }
}
