package dev.lifeguard.incident.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lifeguard.incident.json.LifeguardJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The local, append-only file of saves the store does not have yet. A line is written and fsync'd before the save
 * is acknowledged, so it survives a crash or kill -9; a line cut short by a crash is one never acknowledged, and is
 * skipped. When the store has a save, a {@code done} line for it is appended; a journal with nothing pending is
 * truncated. One line per record: {@code {"seq":…,"incidentId":…,"baseRevision":…,"document":…}} or
 * {@code {"done":seq}}.
 */
public final class EditJournal implements AutoCloseable {

    private final Path file;
    private final FileChannel channel;
    private final Map<Long, JournalEntry> pending = new LinkedHashMap<>();
    private long lastSeq;

    private EditJournal(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /** Opens (or creates) the journal file, reading what is still pending. */
    public static EditJournal open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            FileChannel channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            EditJournal journal = new EditJournal(file, channel);
            try {
                journal.load();
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            return journal;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the edit journal: " + e.getMessage(), e);
        }
    }

    private void load() throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        long validEnd = 0;
        int offset = 0;
        int lineNumber = 0;
        while (offset < text.length()) {
            int newline = text.indexOf('\n', offset);
            if (newline < 0) {
                break; // a line cut short by a crash: it was never acknowledged
            }
            String line = text.substring(offset, newline);
            offset = newline + 1;
            lineNumber++;
            try {
                JsonNode node = LifeguardJson.mapper().readTree(line);
                if (node.has("done")) {
                    pending.remove(node.get("done").asLong());
                } else {
                    JournalEntry entry = new JournalEntry(
                            node.path("seq").asLong(),
                            node.path("incidentId").asText(null),
                            node.path("baseRevision").asLong(-1),
                            node.path("document").asText(null));
                    pending.put(entry.seq(), entry);
                    lastSeq = Math.max(lastSeq, entry.seq());
                }
            } catch (JsonProcessingException | IllegalArgumentException e) {
                // A whole line that cannot be read is damage, not a torn write: keep the file as it is and say where.
                throw new IOException(
                        file + " line " + lineNumber + " cannot be read (" + e.getMessage()
                                + "); the journal was left untouched",
                        e);
            }
            validEnd += line.getBytes(StandardCharsets.UTF_8).length + 1;
        }
        channel.truncate(validEnd);
        channel.position(validEnd);
    }

    /** Writes a save to the journal and forces it to disk; returns its entry. */
    public synchronized JournalEntry append(String incidentId, long baseRevision, String document) {
        JournalEntry entry = new JournalEntry(lastSeq + 1, incidentId, baseRevision, document);
        ObjectNode line = LifeguardJson.mapper().createObjectNode();
        line.put("seq", entry.seq());
        line.put("incidentId", incidentId);
        line.put("baseRevision", baseRevision);
        line.put("document", document);
        write(line);
        lastSeq = entry.seq();
        pending.put(entry.seq(), entry);
        return entry;
    }

    /** Records that the store has entry {@code seq}; truncates the file once nothing is pending. */
    public synchronized void done(long seq) {
        if (pending.remove(seq) == null) {
            return;
        }
        try {
            if (pending.isEmpty()) {
                channel.truncate(0);
                channel.position(0);
                channel.force(true);
            } else {
                write(LifeguardJson.mapper().createObjectNode().put("done", seq));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the edit journal " + file + ": " + e.getMessage(), e);
        }
    }

    /** The saves the store does not have yet, oldest first. */
    public synchronized List<JournalEntry> pending() {
        return new ArrayList<>(pending.values());
    }

    /** Where the journal is. */
    public Path file() {
        return file;
    }

    private void write(Object record) {
        try {
            // One line per record: the shared mapper indents, which a line-based journal cannot have.
            String json = LifeguardJson.mapper()
                    .writer()
                    .without(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(record);
            byte[] line = (json + "\n").getBytes(StandardCharsets.UTF_8);
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the edit journal " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
