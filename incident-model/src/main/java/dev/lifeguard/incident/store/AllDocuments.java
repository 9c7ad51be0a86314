package dev.lifeguard.incident.store;

import dev.lifeguard.incident.Incident;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import javax.sql.DataSource;

/**
 * Every incident of a store in one query, its documents parsed on all cores: reading 10,000 incidents one
 * {@code get} at a time cost a connection checkout and a statement each, and parsing is the bulk of the work.
 */
final class AllDocuments {

    private AllDocuments() {}

    /**
     * The incidents {@code sql} selects (id, then document), in its order.
     *
     * @param read turns a document and its incident id into the incident, or throws naming the id
     */
    static List<Incident> read(DataSource dataSource, String sql, BiFunction<String, String, Incident> read)
            throws SQLException {
        List<String> ids = new ArrayList<>();
        List<String> documents = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement(sql);
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString(1));
                documents.add(rs.getString(2));
            }
        }
        return IntStream.range(0, ids.size())
                .parallel()
                .mapToObj(i -> read.apply(documents.get(i), ids.get(i)))
                .toList();
    }
}
