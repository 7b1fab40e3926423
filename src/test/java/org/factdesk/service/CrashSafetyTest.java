package org.factdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.factdesk.model.Claim;
import org.factdesk.store.UndoHistory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety: a child JVM keeps marking, editing and deleting claims through the real services, printing each change
 * after its commit returns; the test kills it with SIGKILL at seeded random moments, reopens the project and checks
 * that the file is intact, that every acknowledged change is there, that the one change in flight is there whole or
 * not at all (a claim with all its tags and evidence, or none of it), and that the audit log and the undo history
 * agree with what was committed. {@code -Dfactdesk.crash.runs=300} runs it 300 times (default 6), with
 * {@code -Dfactdesk.crash.seed=N} to repeat a series.
 */
class CrashSafetyTest {

    @TempDir
    Path folder;

    /** What the parent knows: the acknowledged state of each live claim, and the ids acknowledged as deleted. */
    private final Map<String, CrashLine> live = new HashMap<>();
    private final Set<String> deleted = new HashSet<>();
    private int committedActions;
    private int historyBefore;
    private int auditActionsBefore;

    @Test
    void everyAcknowledgedChangeSurvivesAKillAndNothingIsHalfDone() throws Exception {
        int runs = Integer.getInteger("factdesk.crash.runs", 6);
        long seed = Long.getLong("factdesk.crash.seed", 20261125L);
        Path project = folder.resolve("crash.factdesk");
        String documentId;
        try (Workspace workspace = Workspace.create(project, Session.ofSystemUser())) {
            documentId = workspace.documents().importText("Crash test article", article(), null).id();
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + project);
                Statement statement = connection.createStatement()) {
            historyBefore = Integer.parseInt(single(statement, "SELECT count(*) FROM history"));
            auditActionsBefore = Integer.parseInt(single(statement, "SELECT count(DISTINCT action_id) FROM audit"));
        }
        Random random = new Random(seed);
        int acknowledged = 0;
        int inFlightCommitted = 0;
        for (int run = 0; run < runs; run++) {
            List<String> lines = runAndKill(project, seed + run, random.nextInt(700));
            List<CrashLine> parsed = lines.stream().map(CrashLine::parse).filter(l -> l != null).toList();
            CrashLine inFlight = null;
            for (CrashLine line : parsed) {
                if (line.type().equals("INTENT")) {
                    inFlight = line;
                } else {
                    apply(line);
                    acknowledged++;
                    inFlight = null;
                }
            }
            if (verify(project, documentId, inFlight, "run " + run + " (seed " + (seed + run) + ")")) {
                inFlightCommitted++;
            }
        }
        System.out.printf("crash safety: %d runs, %d acknowledged changes, %d unacknowledged changes found committed"
                + " whole, 0 failures%n", runs, acknowledged, inFlightCommitted);
        assertThat(acknowledged).as("the child made changes before it was killed").isPositive();
    }

    private static List<String> runAndKill(Path project, long seed, int delayMs) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                CrashWorkerMain.class.getName(), project.toString(), Long.toString(seed))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    lines.add(line);
                }
            } catch (IOException closed) {
                // the child was killed: what was read is all there is
            }
        }, "crash-child-output");
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!lines.contains("READY") && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(lines).as("the child opened the project").contains("READY");
        Thread.sleep(delayMs);
        child.destroyForcibly(); // SIGKILL on Linux and macOS: no shutdown hooks, no finally blocks
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        reader.join(30_000);
        return new ArrayList<>(lines);
    }

    private void apply(CrashLine ack) {
        committedActions++;
        if (ack.op().equals("delete")) {
            live.remove(ack.id());
            deleted.add(ack.id());
        } else {
            live.put(ack.id(), ack);
        }
    }

    /** Checks the reopened project; returns whether the change in flight at the kill had been committed. */
    private boolean verify(Path project, String documentId, CrashLine inFlight, String run) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + project);
                Statement statement = connection.createStatement()) {
            assertThat(single(statement, "PRAGMA integrity_check")).as(run + ": integrity").isEqualTo("ok");
            try (ResultSet problems = statement.executeQuery("PRAGMA foreign_key_check")) {
                assertThat(problems.next()).as(run + ": foreign keys").isFalse();
            }
        }
        Map<String, Claim> found;
        try (Workspace workspace = Workspace.open(project, false, Session.ofSystemUser())) {
            found = workspace.claims().list(documentId).stream()
                    .collect(Collectors.toMap(Claim::id, Function.identity()));
        }
        boolean inFlightDone = false;
        for (Map.Entry<String, CrashLine> expected : live.entrySet()) {
            Claim claim = found.get(expected.getKey());
            boolean inFlightHere = inFlight != null && inFlight.id().equals(expected.getKey());
            if (inFlightHere && inFlight.op().equals("delete") && claim == null) {
                inFlightDone = true;
                continue;
            }
            assertThat(claim).as(run + ": acknowledged claim " + expected.getKey()).isNotNull();
            if (inFlightHere && inFlight.op().equals("edit") && inFlight.describes(claim)) {
                inFlightDone = true;
            } else {
                assertThat(expected.getValue().describes(claim)).as(run + ": claim " + claim + " as acknowledged "
                        + expected.getValue()).isTrue();
            }
        }
        for (String id : deleted) {
            assertThat(found).as(run + ": deleted claim " + id).doesNotContainKey(id);
        }
        for (Claim claim : found.values()) {
            if (!live.containsKey(claim.id())) {
                assertThat(inFlight).as(run + ": unacknowledged claim " + claim).isNotNull();
                assertThat(inFlight.op()).isEqualTo("mark");
                assertThat(inFlight.describes(claim)).as(run + ": claim marked whole " + claim).isTrue();
                assertThat(inFlightDone).as(run + ": one unacknowledged claim at most").isFalse();
                inFlightDone = true;
            }
        }
        if (inFlightDone) {
            // the kill came between the commit and its acknowledgement: the parent now knows the change
            Claim claim = inFlight.op().equals("mark") ? found.values().stream()
                    .filter(c -> !live.containsKey(c.id())).findFirst().orElseThrow() : found.get(inFlight.id());
            apply(inFlight.op().equals("delete") ? inFlight
                    : new CrashLine("ACK", inFlight.op(), claim.id(), inFlight.verdict(), inFlight.note(),
                            inFlight.tags(), inFlight.evidence()));
        }
        checkAuditAndHistory(project, run);
        return inFlightDone;
    }

    /** One audit action per committed change, and one undo-history row (up to the history's limit). */
    private void checkAuditAndHistory(Path project, String run) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + project);
                Statement statement = connection.createStatement()) {
            assertThat(Integer.parseInt(single(statement, "SELECT count(*) FROM history")))
                    .as(run + ": undo history rows")
                    .isEqualTo(Math.min(historyBefore + committedActions, UndoHistory.LIMIT));
            assertThat(Integer.parseInt(single(statement, "SELECT count(DISTINCT action_id) FROM audit")))
                    .as(run + ": audit actions").isEqualTo(auditActionsBefore + committedActions);
            assertThat(Integer.parseInt(single(statement,
                    "SELECT count(*) FROM history h WHERE NOT EXISTS (SELECT 1 FROM audit a WHERE a.action_id = "
                            + "h.action_id)"))).as(run + ": history rows without audit").isZero();
            assertThat(Integer.parseInt(single(statement, "SELECT count(*) FROM claim c WHERE NOT EXISTS (SELECT 1 "
                    + "FROM audit a WHERE a.entity_id = c.id AND a.action = 'claim.add')")))
                    .as(run + ": claims without their audit entry").isZero();
        }
    }

    private static String single(Statement statement, String sql) throws Exception {
        try (ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }

    /** About 20 kB of plain words, so that any span of the child's is markable. */
    private static String article() {
        Random random = new Random(7);
        String[] words = {"la", "mitad", "de", "población", "dijo", "el", "ministro", "según", "informe", "casi",
            "40", "por", "ciento", "cumbre", "Kim", "Putin", "acuerdo", "año"};
        StringBuilder text = new StringBuilder();
        while (text.length() < 20_000) {
            for (int i = 0; i < 25; i++) {
                text.append(words[random.nextInt(words.length)]).append(i == 24 ? ".\n" : " ");
            }
        }
        return text.toString();
    }
}
