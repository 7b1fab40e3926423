package org.factdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.factdesk.app.SingleInstance.Request;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SingleInstanceTest {

    @TempDir
    Path dir;

    @Test
    void aSecondStartHandsItsProjectToTheFirstAndQuits() throws Exception {
        Path socket = dir.resolve("run/instance.sock");
        BlockingQueue<Request> received = new LinkedBlockingQueue<>();
        try (SingleInstance first = SingleInstance.claimOrForward(socket, new Request(Optional.empty())).orElseThrow()) {
            first.onRequest(received::add);
            Path project = dir.resolve("Other.factdesk");

            Optional<SingleInstance> second = SingleInstance.claimOrForward(socket, new Request(Optional.of(project)));

            assertThat(second).isEmpty();
            assertThat(received.poll(10, TimeUnit.SECONDS)).isEqualTo(new Request(Optional.of(project)));
        }
        assertThat(socket).doesNotExist();
    }

    @Test
    void aStartWithoutAProjectOnlyAsksTheRunningOneToComeToTheFront() throws Exception {
        Path socket = dir.resolve("instance.sock");
        BlockingQueue<Request> received = new LinkedBlockingQueue<>();
        try (SingleInstance first = SingleInstance.claimOrForward(socket, new Request(Optional.empty())).orElseThrow()) {
            first.onRequest(received::add);
            assertThat(SingleInstance.claimOrForward(socket, new Request(Optional.empty()))).isEmpty();
            assertThat(received.poll(10, TimeUnit.SECONDS)).isEqualTo(new Request(Optional.empty()));
        }
    }

    @Test
    void requestsThatArriveBeforeTheWindowIsReadyAreKeptForIt() throws Exception {
        Path socket = dir.resolve("instance.sock");
        try (SingleInstance first = SingleInstance.claimOrForward(socket, new Request(Optional.empty())).orElseThrow()) {
            Path a = dir.resolve("A.factdesk");
            Path b = dir.resolve("B.factdesk");
            assertThat(SingleInstance.forward(socket, new Request(Optional.of(a)))).isTrue();
            assertThat(SingleInstance.forward(socket, new Request(Optional.of(b)))).isTrue();
            BlockingQueue<Request> received = new LinkedBlockingQueue<>();

            first.onRequest(received::add);

            assertThat(List.of(received.poll(10, TimeUnit.SECONDS), received.poll(10, TimeUnit.SECONDS)))
                    .containsExactly(new Request(Optional.of(a)), new Request(Optional.of(b)));
        }
    }

    @Test
    void aSocketLeftByACrashedInstanceIsReplaced() throws Exception {
        Path socket = dir.resolve("instance.sock");
        // A server that bound the path and died: the file stays, nobody listens.
        try (ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            dead.bind(UnixDomainSocketAddress.of(socket));
        }
        assertThat(socket).exists();

        try (SingleInstance claimed = SingleInstance.claimOrForward(socket, new Request(Optional.empty()))
                .orElseThrow()) {
            assertThat(SingleInstance.forward(socket, new Request(Optional.empty()))).isTrue();
        }
    }

    @Test
    void aPlainFileInThePlaceOfTheSocketIsReplaced() throws Exception {
        Path socket = dir.resolve("instance.sock");
        Files.writeString(socket, "not a socket");

        try (SingleInstance claimed = SingleInstance.claimOrForward(socket, new Request(Optional.empty()))
                .orElseThrow()) {
            assertThat(SingleInstance.forward(socket, new Request(Optional.empty()))).isTrue();
        }
    }

    @Test
    void afterTheFirstQuitsTheNextStartBecomesTheInstance() throws Exception {
        Path socket = dir.resolve("instance.sock");
        SingleInstance.claimOrForward(socket, new Request(Optional.empty())).orElseThrow().close();

        assertThat(SingleInstance.forward(socket, new Request(Optional.empty()))).isFalse();
        try (SingleInstance next = SingleInstance.claimOrForward(socket, new Request(Optional.empty()))
                .orElseThrow()) {
            assertThat(socket).exists();
        }
    }
}
