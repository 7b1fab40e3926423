/** Use cases that combine text, store and report: open, import, mark, export, merge. */
package org.factdesk.service;
