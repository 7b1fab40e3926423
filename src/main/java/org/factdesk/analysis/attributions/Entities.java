package org.factdesk.analysis.attributions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The speakers seen so far in one text, found by name and by how recently they were seen. A long text (a book, a
 * collection of articles) names thousands of people: reading every one of them for each attribution made the analysis
 * quadratic (49 s instead of 1.2 s on 5 MB of news whose names all differ), so both questions read only the speakers
 * that can answer them ({@link SameSpeakerIndex}, and speakers by the paragraph they were last seen in). Not
 * thread-safe.
 */
final class Entities {

    /** A speaker seen in the text so far. */
    static final class Entity {
        String name;
        String key;
        boolean isName;
        boolean org;
        boolean person;
        String role;
        int lastPosition;
        int mentionStart;
        int mentionEnd;
        /** Whether it has said something (a speech verb or a quote), not only been cited as a source of data. */
        boolean spoke;
        /** The ordinal of the last paragraph it was seen in; changed through {@link Entities#seen}. */
        private int lastParagraph;
        /** Its place in the order speakers were first seen, which breaks ties as a list read from the start would. */
        private int index;
        /** {@link #key} cut into words, for {@link Names#sameKeys}. */
        private String[] words;

        int lastParagraph() {
            return lastParagraph;
        }
    }

    private static final Comparator<Entity> FIRST_SEEN = Comparator.comparingInt(e -> e.index);

    private int count;
    /** Every key a speaker has been known by, including the shorter forms it was first seen under. */
    private final Map<String, Entity> byKey = new HashMap<>();
    /** Speakers by the edge words of every key they have had, in the order they were first seen. */
    private final SameSpeakerIndex<Entity> byName = new SameSpeakerIndex<>();
    private final TreeMap<Integer, List<Entity>> byLastParagraph = new TreeMap<>();

    /** The speaker known by exactly this key, or null. */
    Entity withKey(String key) {
        return byKey.get(key);
    }

    /** Remembers that a key names a speaker (a shorter or variant form of its name). */
    void alias(String key, Entity entity) {
        byKey.put(key, entity);
    }

    /** The first-seen speaker that {@link Names#sameKeys} takes for the same as a name with this key, or null. */
    Entity sameSpeaker(String key, boolean isName) {
        String[] words = key.split(" ");
        return byName.first(words, entity -> Names.sameKeys(entity.key, entity.words, entity.isName, key, words,
                isName));
    }

    /** Adds a new speaker, known by its key, seen in the given paragraph. */
    Entity add(Entity entity, int paragraph) {
        entity.index = count++;
        entity.lastParagraph = paragraph;
        byKey.put(entity.key, entity);
        fileByWords(entity);
        byLastParagraph.computeIfAbsent(paragraph, p -> new ArrayList<>()).add(entity);
        return entity;
    }

    /** Gives a speaker a fuller name ("Pacheco Pardo" → "Ramón Pacheco Pardo"); its former keys still find it. */
    void rename(Entity entity, String name, String key, boolean isName) {
        entity.name = name;
        entity.key = key;
        entity.isName = isName;
        fileByWords(entity);
    }

    /** Notes that a speaker was seen in a paragraph (its last paragraph never goes back). */
    void seen(Entity entity, int paragraph) {
        if (paragraph <= entity.lastParagraph) {
            return;
        }
        List<Entity> bucket = byLastParagraph.get(entity.lastParagraph);
        bucket.remove(entity);
        if (bucket.isEmpty()) {
            byLastParagraph.remove(entity.lastParagraph);
        }
        entity.lastParagraph = paragraph;
        byLastParagraph.computeIfAbsent(paragraph, p -> new ArrayList<>()).add(entity);
    }

    /** The speakers last seen in the given paragraph or after it, in the order they were first seen. */
    List<Entity> seenSince(int paragraph) {
        List<Entity> recent = new ArrayList<>();
        for (List<Entity> bucket : byLastParagraph.tailMap(paragraph, true).values()) {
            recent.addAll(bucket);
        }
        recent.sort(FIRST_SEEN);
        return recent;
    }

    private void fileByWords(Entity entity) {
        entity.words = entity.key.split(" ");
        byName.file(entity, entity.index, entity.words);
    }
}
