/** JavaFX views and view-models. */
package org.factdesk.ui;
