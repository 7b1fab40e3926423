/** Exporters and importers of reports. The only user of Jackson. */
package org.factdesk.report;
