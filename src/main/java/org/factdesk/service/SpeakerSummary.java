package org.factdesk.service;

import java.util.List;

/**
 * One person or organisation quoted in a document, with the ways the text writes the name, and how many attribution
 * claims and pending attribution suggestions name them.
 *
 * @param name the most complete variant
 * @param variants every spelling met, most frequent first
 */
public record SpeakerSummary(String name, List<String> variants, int claims, int suggestions) {

    public SpeakerSummary {
        variants = List.copyOf(variants);
    }

    /** Whether an attribution's speaker, as written, is one of this speaker's variants. */
    public boolean names(String speaker) {
        return speaker != null && variants.contains(speaker.strip());
    }
}
