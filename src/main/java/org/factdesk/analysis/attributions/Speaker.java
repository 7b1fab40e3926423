package org.factdesk.analysis.attributions;

import java.util.List;

/** A person or organisation quoted in a text: the most complete name, the variants seen, how many claims they have. */
public record Speaker(String name, List<String> variants, int count) {

    public Speaker {
        variants = List.copyOf(variants);
    }
}
