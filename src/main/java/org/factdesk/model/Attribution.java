package org.factdesk.model;

/**
 * The details of an attribution claim: who said it (as written), where the speaker's name stands (UTF-16 offsets,
 * or {@code null} when the name is not in the text), their role, the cue ("dijo", "según", "said"), whether the
 * words are quoted, and the id of the statement claim it attributes, if one is marked.
 */
public record Attribution(
        String speaker,
        Integer speakerStart,
        Integer speakerEnd,
        String role,
        String cue,
        boolean direct,
        String statementId) {

    public Attribution {
        if ((speakerStart == null) != (speakerEnd == null)
                || (speakerStart != null && (speakerStart < 0 || speakerEnd < speakerStart))) {
            throw new IllegalArgumentException("Invalid speaker span [" + speakerStart + ", " + speakerEnd + ")");
        }
    }

    public Attribution withSpeaker(String newSpeaker) {
        return new Attribution(newSpeaker, speakerStart, speakerEnd, role, cue, direct, statementId);
    }

    public static Attribution empty() {
        return new Attribution(null, null, null, null, null, false, null);
    }
}
