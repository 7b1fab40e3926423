/** The Export dialog: every format, its options, and where to write it. */
package org.factdesk.ui.export;
