/** Suggestion detectors and translation QA: pure functions over text. Uses model and text. */
package org.factdesk.analysis;
