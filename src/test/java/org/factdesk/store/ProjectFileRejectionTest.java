package org.factdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.factdesk.model.Document;
import org.factdesk.store.ProjectOpenException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that are not healthy Factdesk projects are refused with a clear reason and message naming the file, and are
 * never changed; projects that cannot be changed open read-only and say why.
 */
class ProjectFileRejectionTest {

    /** A 1x1 PNG. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @TempDir
    Path folder;

    @Test
    void aMissingFileIsNotFound() {
        Path file = folder.resolve("nowhere.factdesk");
        assertRefused(() -> ProjectStore.open(file), Reason.NOT_FOUND, file, "does not exist");
        assertThat(file).doesNotExist();
        assertThat(folder.resolve("nowhere.factdesk.lock")).doesNotExist();
    }

    @Test
    void aTextFileIsNotSqlite() throws Exception {
        Path file = write("notes.factdesk", "Kim dijo que casi la mitad...\n".getBytes(StandardCharsets.UTF_8));
        assertUntouchedAndRefused(file, Reason.NOT_SQLITE, "not an SQLite database");
    }

    @Test
    void aPngIsNotSqlite() throws Exception {
        Path file = write("picture.factdesk", PNG);
        assertUntouchedAndRefused(file, Reason.NOT_SQLITE, "not an SQLite database");
    }

    @Test
    void anEmptyFileIsNotSqlite() throws Exception {
        Path file = write("empty.factdesk", new byte[0]);
        assertUntouchedAndRefused(file, Reason.NOT_SQLITE, "empty");
        assertThat(Files.size(file)).isZero();
    }

    @Test
    void aFileWithOnlyTheStartOfAnSqliteHeaderIsCorrupt() throws Exception {
        Path file = write("stub.factdesk", "SQLite format 3\0 and then nothing".getBytes(StandardCharsets.US_ASCII));
        assertUntouchedAndRefused(file, Reason.CORRUPT, "truncated");
    }

    @Test
    void anSqliteDatabaseOfAnotherApplicationIsNotAProject() throws Exception {
        Path file = folder.resolve("other.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE contacts (name TEXT)");
            statement.execute("INSERT INTO contacts VALUES ('Ana')");
        }
        assertUntouchedAndRefused(file, Reason.NOT_A_PROJECT, "is an SQLite database but not a Factdesk project");
        assertThat(folder.resolve("other.db.lock")).doesNotExist();
    }

    @Test
    void aTruncatedProjectIsCorruptAndNotRepaired() throws Exception {
        Path file = folder.resolve("truncated.factdesk");
        try (ProjectStore store = ProjectStore.create(file)) {
            Document document = StoreFixtures.document();
            store.documents().insert(document);
            store.claims().insertAll(StoreFixtures.everyKind(document.id()));
            // enough pages that half the file loses some of them
            store.documents().insert(StoreFixtures.document("big", "x".repeat(200_000)));
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() / 2);
        }
        assertUntouchedAndRefused(file, Reason.CORRUPT, "damaged or truncated");
    }

    @Test
    void aProjectFromANewerFactdeskOpensReadOnly() throws Exception {
        Path file = folder.resolve("future.factdesk");
        Document document = StoreFixtures.document();
        try (ProjectStore store = ProjectStore.create(file)) {
            store.documents().insert(document);
        }
        int newer = ProjectStore.currentSchemaVersion() + 5;
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA user_version = " + newer);
        }
        String before = StoreFixtures.sha256(file);
        try (ProjectStore store = ProjectStore.open(file)) {
            assertThat(store.isReadOnly()).isTrue();
            assertThat(store.schemaVersion()).isEqualTo(newer);
            assertThat(store.readOnlyReason()).contains("This project was made by a newer Factdesk (schema " + newer
                    + "; this version knows " + ProjectStore.currentSchemaVersion() + "). It is open read-only.");
            assertThat(store.documents().find(document.id())).contains(document);
            assertThatThrownBy(() -> store.claims().insert(StoreFixtures.statement(document.id())))
                    .isInstanceOf(ReadOnlyProjectException.class).hasMessageContaining("future.factdesk")
                    .hasMessageContaining("read-only").hasMessageContaining("newer Factdesk");
            assertThatThrownBy(() -> store.inTransaction(() -> store.meta().put("k", "v")))
                    .isInstanceOf(ReadOnlyProjectException.class);
        }
        assertThat(StoreFixtures.sha256(file)).isEqualTo(before);
    }

    @Test
    void aProjectOpenedReadOnlyOnRequestRefusesChangesAndStaysUnchanged() throws Exception {
        Path file = folder.resolve("asked.factdesk");
        Document document = StoreFixtures.document();
        try (ProjectStore store = ProjectStore.create(file)) {
            store.documents().insert(document);
        }
        String before = StoreFixtures.sha256(file);
        try (ProjectStore store = ProjectStore.open(file, true)) {
            assertThat(store.isReadOnly()).isTrue();
            assertThat(store.readOnlyReason()).contains("Opened read-only as requested.");
            assertThat(store.documents().list()).hasSize(1);
            assertThatThrownBy(() -> store.documents().delete(document.id()))
                    .isInstanceOf(ReadOnlyProjectException.class).hasMessageContaining("asked.factdesk");
        }
        assertThat(StoreFixtures.sha256(file)).isEqualTo(before);
    }

    @Test
    void aFileThatIsReadOnlyOnDiskOpensReadOnly() throws Exception {
        Path file = folder.resolve("locked-down.factdesk");
        ProjectStore.create(file).close();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        assumeThat(Files.isWritable(file)).as("running as root: permissions do not stop writes").isFalse();
        String before = StoreFixtures.sha256(file);
        try (ProjectStore store = ProjectStore.open(file)) {
            assertThat(store.readOnlyReason()).contains("The file is read-only on disk.");
            assertThatThrownBy(() -> store.meta().put("k", "v")).isInstanceOf(ReadOnlyProjectException.class);
        }
        assertThat(StoreFixtures.sha256(file)).isEqualTo(before);
    }

    @Test
    void aProjectAlreadyOpenInThisProcessIsLockedAndNamesTheHolder() throws Exception {
        Path file = folder.resolve("twice.factdesk");
        try (ProjectStore first = ProjectStore.create(file)) {
            String before = StoreFixtures.sha256(file);
            ProjectOpenException refused = assertRefused(() -> ProjectStore.open(file), Reason.LOCKED, file,
                    "already open in this Factdesk (process " + ProcessHandle.current().pid() + " of ");
            assertThat(refused.getMessage()).contains("Close it there, or open a copy.");
            // a reader needs no lock: SQLite lets it in beside the writer (the command line beside the window)
            try (ProjectStore reader = ProjectStore.open(folder.resolve(".").resolve("twice.factdesk"), true)) {
                assertThat(reader.isReadOnly()).isTrue();
                assertThat(reader.meta().get(ProjectMeta.NAME)).contains("twice");
            }
            assertThat(StoreFixtures.sha256(file)).isEqualTo(before);
            assertThat(first.meta().get(ProjectMeta.NAME)).contains("twice");
        }
        try (ProjectStore again = ProjectStore.open(file)) {
            assertThat(again.isReadOnly()).as("closing released the project").isFalse();
        }
        assertThat(folder.resolve("twice.factdesk.lock")).as("the lock file goes with the last close").doesNotExist();
    }

    @Test
    void aProjectOpenInAnotherProcessIsLockedAndNamesThatProcess() throws Exception {
        Path file = folder.resolve("shared.factdesk");
        ProjectStore.create(file).close();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LockHolderMain.class.getName(), file.toString()).redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String ready = out.readLine();
            assertThat(ready).startsWith("READY ");
            String before = StoreFixtures.sha256(file);

            assertRefused(() -> ProjectStore.open(file), Reason.LOCKED, file,
                    "is open in another Factdesk (process " + child.pid() + " of ");
            assertThat(StoreFixtures.sha256(file)).isEqualTo(before);

            child.getOutputStream().close();
            assertThat(out.readLine()).isEqualTo("CLOSED");
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroy();
        }
        try (ProjectStore store = ProjectStore.open(file)) {
            assertThat(store.isReadOnly()).isFalse();
        }
    }

    @Test
    void aProjectBeingWrittenByAnotherProgramIsLocked() throws Exception {
        Path file = folder.resolve("sqlite3-tool.factdesk");
        ProjectStore.create(file).close();
        // Like the sqlite3 shell in the middle of a change: a write lock held by something that is not Factdesk.
        try (Connection tool = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = tool.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            assertRefused(() -> ProjectStore.open(file), Reason.LOCKED, file, "another program (not Factdesk)");
            statement.execute("ROLLBACK");
        }
        assertThat(folder.resolve("sqlite3-tool.factdesk.lock")).doesNotExist();
        ProjectStore.open(file).close();
    }

    @Test
    void creatingOverAnExistingFileIsRefused() throws Exception {
        Path file = write("exists.factdesk", "keep me".getBytes(StandardCharsets.UTF_8));
        String before = StoreFixtures.sha256(file);
        assertRefused(() -> ProjectStore.create(file), Reason.ALREADY_EXISTS, file, "already exists");
        assertThat(StoreFixtures.sha256(file)).isEqualTo(before);
        Path inMissingFolder = folder.resolve("no-such-folder").resolve("p.factdesk");
        assertRefused(() -> ProjectStore.create(inMissingFolder), Reason.NOT_FOUND, inMissingFolder,
                "does not exist");
    }

    @Test
    void aFolderIsNotAProjectFile() throws Exception {
        Path dir = Files.createDirectory(folder.resolve("folder.factdesk"));
        assertRefused(() -> ProjectStore.open(dir), Reason.NOT_SQLITE, dir, "is a folder");
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(folder.resolve(name), bytes);
    }

    private void assertUntouchedAndRefused(Path file, Reason reason, String problem) throws Exception {
        String before = StoreFixtures.sha256(file);
        assertRefused(() -> ProjectStore.open(file), reason, file, problem);
        assertRefused(() -> ProjectStore.open(file, true), reason, file, problem);
        assertThat(StoreFixtures.sha256(file)).as("the file's bytes").isEqualTo(before);
    }

    private static ProjectOpenException assertRefused(ThrowingCallable open, Reason reason, Path file,
            String problem) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(open);
        assertThat(thrown).isInstanceOf(ProjectOpenException.class);
        ProjectOpenException refused = (ProjectOpenException) thrown;
        assertThat(refused.reason()).isEqualTo(reason);
        assertThat(refused.getMessage()).contains(file.toAbsolutePath().normalize().toString()).contains(problem)
                .doesNotContain("\n");
        return refused;
    }
}
