package org.factdesk.app;

/** Entry point of the jar. A plain class, since an Application subclass cannot be the main class on the classpath. */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(0);
    }
}
