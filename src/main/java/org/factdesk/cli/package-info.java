/** The picocli command line over the services. */
package org.factdesk.cli;
