/** Import, normalisation, paragraphs and sentences, anchoring and code-point offsets. Uses model only. */
package org.factdesk.text;
