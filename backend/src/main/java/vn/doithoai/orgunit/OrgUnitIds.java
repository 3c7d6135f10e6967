package vn.doithoai.orgunit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Org-unit ids by code, kept in memory. A code never changes and names one unit for the unit's whole life, so the
 * feedback list of a ward officer or a unit (their scope, their ward/unit filter) needs no lookup per request. Only
 * known codes are kept (at most the org units there are); deleting a unit or creating a code forgets the entry.
 */
@ApplicationScoped
public class OrgUnitIds {

    private final ConcurrentHashMap<String, Long> ids = new ConcurrentHashMap<>();

    @Inject
    DataSource dataSource;

    public Optional<Long> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Long id = ids.get(code);
        return id != null ? Optional.of(id) : Optional.ofNullable(load(code));
    }

    void forget(String code) {
        ids.remove(code);
    }

    /** The column's collation ignores case: only the code as stored is kept, so callers cannot fill the map with variants. */
    private Long load(String code) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("select id, code from org_unit where code = ?")) {
            statement.setString(1, code);
            try (ResultSet result = statement.executeQuery()) {
                if (!result.next()) {
                    return null;
                }
                if (result.getString(2).equals(code)) {
                    ids.put(code, result.getLong(1));
                }
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("org unit " + code + ": " + e.getMessage(), e);
        }
    }
}
