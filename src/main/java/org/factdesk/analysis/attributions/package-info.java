/** Attributions (who said what) and the speakers they name. */
package org.factdesk.analysis.attributions;
