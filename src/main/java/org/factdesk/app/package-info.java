/** The composition root: launcher, wiring, and the choice of window or command line. */
package org.factdesk.app;
