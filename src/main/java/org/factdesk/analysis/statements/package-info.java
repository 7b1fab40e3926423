/** Check-worthy statements: a score per sentence for how much it deserves checking. */
package org.factdesk.analysis.statements;
