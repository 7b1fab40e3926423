package org.factdesk.service;

/** How long work tells its caller how far it got, and learns that the user cancelled it. */
public interface Monitor {

    /** Work that reports nothing and is never cancelled. */
    Monitor NONE = new Monitor() {
        @Override
        public void progress(double fraction) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** @param fraction done so far, in [0, 1] */
    void progress(double fraction);

    boolean isCancelled();

    /** Stops the work if the user cancelled it: nothing it did is kept. */
    default void checkCancelled() throws CancelledException {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
