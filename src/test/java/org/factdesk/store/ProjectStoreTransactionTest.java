package org.factdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.factdesk.model.AuditEntry;
import org.factdesk.model.Claim;
import org.factdesk.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One user action is one transaction: all of it is saved, or none of it. */
class ProjectStoreTransactionTest {

    @TempDir
    Path folder;

    @Test
    void anExceptionInsideATransactionLeavesNothingBehind() throws Exception {
        Path file = folder.resolve("rollback.factdesk");
        Document document = StoreFixtures.document();
        try (ProjectStore store = ProjectStore.create(file)) {
            assertThatThrownBy(() -> store.inTransaction(() -> {
                store.documents().insert(document);
                store.claims().insertAll(StoreFixtures.everyKind(document.id()));
                store.audit().append(entry("a1", "document.import"));
                throw new IllegalStateException("user cancelled");
            })).isInstanceOf(IllegalStateException.class).hasMessage("user cancelled");

            assertThat(store.documents().list()).isEmpty();
            assertThat(store.claims().count()).isZero();
            assertThat(store.audit().lastSequence()).isZero();
        }
        try (ProjectStore store = ProjectStore.open(file)) {
            assertThat(store.documents().list()).isEmpty();
        }
    }

    @Test
    void aTransactionCommitsEverythingAndReturnsItsResult() throws Exception {
        Document document = StoreFixtures.document();
        try (ProjectStore store = ProjectStore.create(folder.resolve("commit.factdesk"))) {
            int count = store.inTransaction(() -> {
                store.documents().insert(document);
                store.claims().insertAll(StoreFixtures.everyKind(document.id()));
                return store.claims().count();
            });
            assertThat(count).isEqualTo(7);
            assertThat(store.claims().count()).isEqualTo(7);
        }
    }

    @Test
    void nestedTransactionsJoinTheOuterOne() throws Exception {
        Document document = StoreFixtures.document();
        Claim kept = StoreFixtures.statement(document.id());
        Claim undone = StoreFixtures.issue(document.id());
        try (ProjectStore store = ProjectStore.create(folder.resolve("nested.factdesk"))) {
            assertThatThrownBy(() -> store.inTransaction(() -> {
                store.documents().insert(document);
                store.inTransaction(() -> store.claims().insert(kept));
                assertThat(store.claims().count()).isEqualTo(1);
                throw new IllegalStateException("outer fails");
            })).hasMessage("outer fails");
            assertThat(store.claims().count()).as("the inner work rolled back with the outer").isZero();

            store.inTransaction(() -> {
                store.documents().insert(document);
                store.claims().insert(kept);
                try {
                    store.inTransaction(() -> {
                        store.claims().insert(undone);
                        throw new IllegalArgumentException("inner fails");
                    });
                } catch (IllegalArgumentException expected) {
                    // the caller handles it; only the inner work is undone
                }
            });
            assertThat(store.claims().find(kept.id())).contains(kept);
            assertThat(store.claims().find(undone.id())).isEmpty();
        }
    }

    @Test
    void aFailedWriteInsideATransactionUndoesOnlyItself() throws Exception {
        Document document = StoreFixtures.document();
        Claim claim = StoreFixtures.statement(document.id());
        try (ProjectStore store = ProjectStore.create(folder.resolve("partial.factdesk"))) {
            store.inTransaction(() -> {
                store.documents().insert(document);
                store.claims().insert(claim);
                // The second claim of the batch repeats an id: the whole batch is undone, not just that row.
                Claim fresh = StoreFixtures.issue(document.id());
                assertThatThrownBy(() -> store.claims().insertAll(List.of(fresh, claim)))
                        .isInstanceOf(StoreException.class).hasMessageContaining("already exists");
                assertThat(store.claims().find(fresh.id())).isEmpty();
            });
            assertThat(store.claims().listByDocument(document.id())).containsExactly(claim);
        }
    }

    @Test
    void pragmasAreInEffectAfterOpening() throws Exception {
        Path file = folder.resolve("pragmas.factdesk");
        ProjectStore.create(file).close();
        try (ProjectStore store = ProjectStore.open(file)) {
            Connection connection = store.database().connection();
            assertThat(Connections.textPragma(connection, "journal_mode")).isEqualTo("wal");
            assertThat(Connections.intPragma(connection, "foreign_keys")).isEqualTo(1);
            assertThat(Connections.intPragma(connection, "synchronous")).isEqualTo(2);
            assertThat(Connections.intPragma(connection, "busy_timeout")).isEqualTo(5000);
            assertThat(Connections.intPragma(connection, "application_id")).isEqualTo(0x46444B31);
            assertThat(Connections.intPragma(connection, "user_version"))
                    .isEqualTo(ProjectStore.currentSchemaVersion());
            assertThat(store.schemaVersion()).isEqualTo(ProjectStore.currentSchemaVersion());
            assertThat(store.isReadOnly()).isFalse();
            assertThat(store.readOnlyReason()).isEmpty();
        }
    }

    @Test
    void anOlderFileIsBackedUpThenUpgraded() throws Exception {
        Path file = folder.resolve("old.factdesk");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA application_id = " + Connections.APPLICATION_ID);
            statement.execute("CREATE TABLE leftover (x)"); // a version 0 file: our id, no schema yet
        }
        String before = StoreFixtures.sha256(file);
        Document document = StoreFixtures.document();
        try (ProjectStore store = ProjectStore.open(file)) {
            assertThat(store.schemaVersion()).isEqualTo(ProjectStore.currentSchemaVersion());
            store.documents().insert(document);
            store.meta().put(ProjectMeta.ORGANISATION, "Maldita");
        }
        Path backup = folder.resolve("old.factdesk.bak-v0");
        assertThat(backup).exists();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + backup);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("PRAGMA user_version")) {
            rows.next();
            assertThat(rows.getInt(1)).as("the backup is the old file").isZero();
        }
        try (ProjectStore store = ProjectStore.open(file)) {
            assertThat(store.documents().find(document.id())).contains(document);
            assertThat(store.meta().get(ProjectMeta.ORGANISATION)).contains("Maldita");
        }
        assertThat(StoreFixtures.sha256(file)).isNotEqualTo(before);
    }

    @Test
    void aProjectInAReadOnlyFolderCanStillBeReadAsImmutable() throws Exception {
        // The fallback for a WAL project in a folder where SQLite cannot create its -shm file (not reproducible as
        // root, so the connection is asked for directly).
        Path file = folder.resolve("with space & ünïcode.factdesk");
        ProjectStore.create(file).close();
        try (Connection connection = Connections.open(file, true, true)) {
            assertThat(Connections.intPragma(connection, "application_id")).isEqualTo(Connections.APPLICATION_ID);
            assertThat(Connections.textPragma(connection, "quick_check")).isEqualTo("ok");
        }
    }

    @Test
    void migrationScriptsSplitIntoStatements() {
        List<String> statements = Migrations.statements(
                "-- a comment; with a semicolon\nCREATE TABLE a (x TEXT DEFAULT ';');\n/* block; */ SELECT 1;\n");
        assertThat(statements).containsExactly("CREATE TABLE a (x TEXT DEFAULT ';')", "SELECT 1");
        assertThat(Migrations.statements(Migrations.load(Migrations.RESOURCES.get(0))))
                .anySatisfy(sql -> assertThat(sql).startsWith("CREATE TABLE claim ("));
    }

    @Test
    void auditEntriesAreNumberedByTheDatabase() throws Exception {
        try (ProjectStore store = ProjectStore.create(folder.resolve("audit.factdesk"))) {
            long first = store.audit().append(entry("a1", "claim.add"));
            store.audit().appendAll(List.of(entry("a2", "claim.update"), entry("a2", "claim.delete")));

            assertThat(first).isEqualTo(1);
            assertThat(store.audit().lastSequence()).isEqualTo(3);
            List<AuditEntry> all = store.audit().list(0, 10);
            assertThat(all).extracting(AuditEntry::sequence).containsExactly(1L, 2L, 3L);
            assertThat(all.get(0)).isEqualTo(new AuditEntry(1, "a1", StoreFixtures.T0, "ana", "claim.add", "claim",
                    "c1", null, "{\"verdict\":\"true\"}"));
            assertThat(store.audit().list(1, 1)).extracting(AuditEntry::action).containsExactly("claim.update");
            assertThat(store.audit().forAction("a2")).extracting(AuditEntry::action)
                    .containsExactly("claim.update", "claim.delete");
        }
    }

    private static AuditEntry entry(String actionId, String action) {
        return new AuditEntry(99, actionId, StoreFixtures.T0, "ana", action, "claim", "c1", null,
                "{\"verdict\":\"true\"}");
    }
}
