package org.factdesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The schema versions of a project file, as an ordered list of SQL resources: resource {@code i} (from 0) takes a
 * file from {@code user_version} {@code i} to {@code i + 1}. The list is written out here rather than found by
 * listing a directory, which does not work inside a jar.
 */
final class Migrations {

    /** The project file's schema, in order. Append new versions; never edit a released one. */
    static final List<String> RESOURCES = List.of(
            "/org/factdesk/store/migrations/V1__schema.sql",
            "/org/factdesk/store/migrations/V2__history.sql",
            "/org/factdesk/store/migrations/V3__review.sql",
            "/org/factdesk/store/migrations/V4__publication.sql");

    private Migrations() {
    }

    static int currentVersion() {
        return RESOURCES.size();
    }

    /** Runs the migrations from {@code fromVersion} to the current one on a connection inside a transaction. */
    static void migrate(Connection connection, int fromVersion) throws SQLException {
        for (int version = fromVersion; version < RESOURCES.size(); version++) {
            for (String sql : statements(load(RESOURCES.get(version)))) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(sql);
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA user_version = " + RESOURCES.size());
        }
    }

    static String load(String resource) {
        try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The schema resource " + resource + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("The schema resource " + resource + " cannot be read", e);
        }
    }

    /**
     * Splits a script into statements on {@code ;}, skipping {@code --} and block comments and leaving quoted text
     * alone. Enough for our own schema files, which hold no triggers.
     */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int i = 0;
        while (i < script.length()) {
            char c = script.charAt(i);
            if (c == '-' && script.startsWith("--", i)) {
                int end = script.indexOf('\n', i);
                i = end < 0 ? script.length() : end + 1;
                current.append('\n');
            } else if (c == '/' && script.startsWith("/*", i)) {
                int end = script.indexOf("*/", i + 2);
                i = end < 0 ? script.length() : end + 2;
                current.append(' ');
            } else if (c == '\'' || c == '"') {
                int end = script.indexOf(c, i + 1);
                end = end < 0 ? script.length() : end + 1;
                current.append(script, i, end);
                i = end;
            } else if (c == ';') {
                addIfNotBlank(statements, current);
                current.setLength(0);
                i++;
            } else {
                current.append(c);
                i++;
            }
        }
        addIfNotBlank(statements, current);
        return statements;
    }

    private static void addIfNotBlank(List<String> statements, StringBuilder statement) {
        String sql = statement.toString().strip();
        if (!sql.isEmpty()) {
            statements.add(sql);
        }
    }
}
