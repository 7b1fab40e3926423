/** The records and enums every layer speaks: documents, claims, suggestions. JDK only, no I/O. */
package org.factdesk.model;
