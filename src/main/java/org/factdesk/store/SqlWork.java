package org.factdesk.store;

import java.sql.Connection;
import java.sql.SQLException;

/** JDBC work run by {@link Database} on the project's one connection. */
@FunctionalInterface
interface SqlWork<T> {

    T run(Connection connection) throws SQLException;
}
