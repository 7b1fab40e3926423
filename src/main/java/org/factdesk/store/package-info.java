/** The SQLite project file: schema, migrations, repositories, transactions. The only user of JDBC. */
package org.factdesk.store;
