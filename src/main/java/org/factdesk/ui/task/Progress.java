package org.factdesk.ui.task;

/** What running work tells the window about itself, and how it learns that the user cancelled it. */
public interface Progress {

    /** Work that reports nothing and is never cancelled. */
    Progress NONE = new Progress() {
        @Override
        public void update(double fraction, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /**
     * @param fraction done so far in [0, 1], or a negative number when unknown
     */
    void update(double fraction, String message);

    boolean isCancelled();
}
