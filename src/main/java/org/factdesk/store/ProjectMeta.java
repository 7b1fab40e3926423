package org.factdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The project's own string settings, such as its name, creation time and organisation. */
public final class ProjectMeta {

    /** The project's name; set on creation to the file name without its extension. */
    public static final String NAME = "name";
    /** When the project was created, as an ISO-8601 instant. */
    public static final String CREATED_AT = "createdAt";
    /** The organisation the fact-check is published by. */
    public static final String ORGANISATION = "organisation";
    /** The web address of that organisation (ClaimReview's author url and the base of each review's url). */
    public static final String ORGANISATION_URL = "organisationUrl";

    private final Database database;

    ProjectMeta(Database database) {
        this.database = database;
    }

    /** The value of a setting, if it is set. */
    public Optional<String> get(String key) {
        Objects.requireNonNull(key, "key");
        return database.read("read the setting " + key, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT value FROM project_meta WHERE key = ?")) {
                select.setString(1, key);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /** Sets a setting, replacing its value if it was set. */
    public void put(String key, String value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        database.write("save the setting " + key, connection -> {
            put(connection, key, value);
            return null;
        });
    }

    /** Removes a setting; returns whether it was set. */
    public boolean remove(String key) {
        return database.write("remove the setting " + key, connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM project_meta WHERE key = ?")) {
                delete.setString(1, key);
                return delete.executeUpdate() > 0;
            }
        });
    }

    /** Every setting, by key. */
    public Map<String, String> all() {
        return database.read("read the project settings", connection -> {
            Map<String, String> all = new LinkedHashMap<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT key, value FROM project_meta ORDER BY key");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    all.put(rows.getString(1), rows.getString(2));
                }
            }
            return all;
        });
    }

    static void put(Connection connection, String key, String value) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(
                "INSERT INTO project_meta (key, value) VALUES (?, ?) "
                        + "ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            upsert.setString(1, key);
            upsert.setString(2, value);
            upsert.executeUpdate();
        }
    }
}
