package org.factdesk.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.BindException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one Factdesk window per user: the first instance listens on a Unix-domain socket in the user's runtime or
 * config folder (a local file, never a network port); a later one hands its request (the project to open, or just
 * "come to the front") to it and quits. A socket file nobody answers on is left over from a crash and is replaced.
 */
final class SingleInstance implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SingleInstance.class);
    private static final String FOCUS = "focus";
    private static final String OPEN = "open ";
    private static final String DONE = "ok";

    private final Path socket;
    private final ServerSocketChannel server;
    private final List<Request> waiting = new ArrayList<>();
    private Consumer<Request> handler;

    /** What a later instance asked for: a project to open, or none to bring the window to the front. */
    record Request(Optional<Path> project) {
    }

    private SingleInstance(Path socket, ServerSocketChannel server) {
        this.socket = socket;
        this.server = server;
        Thread thread = new Thread(this::serve, "factdesk-single-instance");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Becomes the one instance listening on {@code socket}, or, if another one answers there, hands it the request
     * and returns empty. A leftover socket file that nobody answers on is deleted first.
     */
    static Optional<SingleInstance> claimOrForward(Path socket, Request request) throws IOException {
        for (int attempt = 0; attempt < 3; attempt++) {
            if (forward(socket, request)) {
                return Optional.empty();
            }
            Files.createDirectories(socket.getParent());
            // Nobody answered: whatever file is there is stale (a crashed instance).
            Files.deleteIfExists(socket);
            ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            try {
                server.bind(UnixDomainSocketAddress.of(socket));
                return Optional.of(new SingleInstance(socket, server));
            } catch (BindException e) {
                // Another instance started at the same moment and bound first: ask it instead.
                server.close();
            }
        }
        throw new IOException("Could not listen on or talk to " + socket);
    }

    /** Sends the request to the instance listening on the socket; false when none answers. */
    static boolean forward(Path socket, Request request) {
        if (!Files.exists(socket)) {
            return false;
        }
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            Writer out = Channels.newWriter(channel, StandardCharsets.UTF_8);
            out.write(request.project().map(p -> OPEN + p.toAbsolutePath().normalize()).orElse(FOCUS) + "\n");
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(channel),
                    StandardCharsets.UTF_8));
            return DONE.equals(in.readLine());
        } catch (ConnectException e) {
            return false;
        } catch (IOException e) {
            LOG.info("No Factdesk answered on {}: {}", socket, e.toString());
            return false;
        }
    }

    /**
     * Where requests go from now on; the ones that arrived before (while the window was being built) are passed on
     * at once. The handler runs on the listening thread.
     */
    void onRequest(Consumer<Request> requestHandler) {
        List<Request> earlier;
        synchronized (this) {
            handler = requestHandler;
            earlier = List.copyOf(waiting);
            waiting.clear();
        }
        earlier.forEach(requestHandler);
    }

    private void serve() {
        while (server.isOpen()) {
            try (SocketChannel channel = server.accept()) {
                BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(channel),
                        StandardCharsets.UTF_8));
                String line = in.readLine();
                if (line == null) {
                    continue;
                }
                Request request = new Request(line.startsWith(OPEN)
                        ? Optional.of(Path.of(line.substring(OPEN.length()))) : Optional.empty());
                Writer out = Channels.newWriter(channel, StandardCharsets.UTF_8);
                out.write(DONE + "\n");
                out.flush();
                deliver(request);
            } catch (SocketException | java.nio.channels.ClosedChannelException e) {
                return;
            } catch (IOException | UncheckedIOException | java.nio.file.InvalidPathException e) {
                LOG.warn("Ignored a bad request on {}", socket, e);
            }
        }
    }

    private void deliver(Request request) {
        Consumer<Request> current;
        synchronized (this) {
            current = handler;
            if (current == null) {
                waiting.add(request);
                return;
            }
        }
        current.accept(request);
    }

    /** Stops listening and removes the socket file, so the next start does not find a stale one. */
    @Override
    public void close() {
        try {
            server.close();
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            LOG.warn("Could not remove {}", socket, e);
        }
    }
}
