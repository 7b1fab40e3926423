package org.factdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.model.Claim;
import org.factdesk.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A full disk (simulated by a page limit on the connection) fails clearly, saves nothing, keeps the file whole. */
class FullDiskTest {

    @TempDir
    Path folder;

    @Test
    void aFullDiskFailsWithAClearMessageAndKeepsEarlierWork() throws Exception {
        Path file = folder.resolve("full.factdesk");
        Document document = StoreFixtures.document();
        Claim earlier = StoreFixtures.statement(document.id());
        try (ProjectStore store = ProjectStore.create(file)) {
            store.documents().insert(document);
            store.claims().insert(earlier);
            try (Statement statement = store.database().connection().createStatement()) {
                int pages = Connections.intPragma(store.database().connection(), "page_count");
                statement.execute("PRAGMA max_page_count = " + (pages + 2));
            }
            List<Claim> many = new ArrayList<>();
            for (int i = 0; i < 2000; i++) {
                many.add(StoreFixtures.statement(document.id()).withNote("n".repeat(200)));
            }

            assertThatThrownBy(() -> store.claims().insertAll(many)).isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("Unable to save the claims in " + file)
                    .hasMessageContaining("the disk is full")
                    .hasMessageContaining("Nothing was saved.");
            assertThatThrownBy(() -> store.inTransaction(() -> {
                store.claims().insertAll(many);
            })).isInstanceOf(StoreException.class).hasMessageContaining("the disk is full");

            assertThat(store.claims().count()).isEqualTo(1);
            store.claims().update(earlier.withNote("still writable for small changes"));
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
            rows.next();
            assertThat(rows.getString(1)).isEqualTo("ok");
        }
        try (ProjectStore store = ProjectStore.open(file)) {
            assertThat(store.claims().listByDocument(document.id()))
                    .containsExactly(earlier.withNote("still writable for small changes"));
            assertThat(store.documents().find(document.id())).contains(document);
        }
    }
}
