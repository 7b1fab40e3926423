package org.factdesk.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/** Who is working and what time it is: the author recorded on every change, and the clock that stamps it. */
public record Session(String author, Clock clock) {

    public Session {
        Objects.requireNonNull(clock, "clock");
        author = author == null || author.isBlank() ? "unknown" : author.strip();
    }

    /** The operating system's user, with the system clock. */
    public static Session ofSystemUser() {
        return new Session(System.getProperty("user.name"), Clock.systemUTC());
    }

    Instant now() {
        return clock.instant();
    }
}
