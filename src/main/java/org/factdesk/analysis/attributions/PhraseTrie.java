package org.factdesk.analysis.attributions;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.factdesk.analysis.CharTable;

/**
 * Finds, without allocating, which of a fixed set of lower-case phrases ("dijo", "ha dicho", "according to") starts at
 * a position of a text, case-insensitively, ending on a word boundary. A space in a phrase matches one space. A trie
 * may hold two sets, told apart by {@link #matchEach}: one walk then answers for both.
 */
final class PhraseTrie {

    /** What each ASCII char is compared as: white space as one space, letters in lower case. */
    private static final char[] ASCII_KEYS = new char[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_KEYS[c] = Character.isWhitespace(c) ? ' ' : Character.toLowerCase(c);
        }
    }

    /** A node with more children than this gets a table indexed by char: the trie is read at every word of a text. */
    private static final int LINEAR_CHILDREN = 4;
    /** The widest char range a node's table may span. */
    private static final int MAX_TABLE = 512;

    private static final class Node {
        char[] keys = new char[0];
        Node[] children = new Node[0];
        /** Which sets a phrase ending here belongs to: {@link #FIRST}, {@link #SECOND}, both or none. */
        byte sets;
        /** Children by {@code key - base}, for a node with many children; null otherwise. */
        Node[] table;
        char base;

        Node child(char key) {
            Node[] byKey = table;
            if (byKey != null) {
                int index = key - base;
                return index >= 0 && index < byKey.length ? byKey[index] : null;
            }
            char[] k = keys;
            if (k.length <= LINEAR_CHILDREN) {
                for (int i = 0; i < k.length; i++) {
                    if (k[i] == key) {
                        return children[i];
                    }
                }
                return null;
            }
            int index = Arrays.binarySearch(k, key);
            return index >= 0 ? children[index] : null;
        }

        Node addChild(char key) {
            int index = Arrays.binarySearch(keys, key);
            if (index >= 0) {
                return children[index];
            }
            int insertion = -index - 1;
            char[] newKeys = new char[keys.length + 1];
            Node[] newChildren = new Node[children.length + 1];
            System.arraycopy(keys, 0, newKeys, 0, insertion);
            System.arraycopy(children, 0, newChildren, 0, insertion);
            newKeys[insertion] = key;
            newChildren[insertion] = new Node();
            System.arraycopy(keys, insertion, newKeys, insertion + 1, keys.length - insertion);
            System.arraycopy(children, insertion, newChildren, insertion + 1, children.length - insertion);
            keys = newKeys;
            children = newChildren;
            return newChildren[insertion];
        }

        /** Gives this node and those below it their tables, once every phrase is in. */
        void index() {
            int span = keys.length == 0 ? 0 : keys[keys.length - 1] - keys[0] + 1;
            if (keys.length > LINEAR_CHILDREN && span <= MAX_TABLE) {
                base = keys[0];
                table = new Node[span];
                for (int i = 0; i < keys.length; i++) {
                    table[keys[i] - base] = children[i];
                }
            }
            for (Node child : children) {
                child.index();
            }
        }
    }

    private static final byte FIRST = 1;
    private static final byte SECOND = 2;

    private final Node root = new Node();

    PhraseTrie(Collection<String> phrases) {
        this(phrases, List.of());
    }

    /** A trie of two sets of phrases, which {@link #matchEach} tells apart. */
    PhraseTrie(Collection<String> first, Collection<String> second) {
        add(first, FIRST);
        add(second, SECOND);
        root.index();
    }

    private void add(Collection<String> phrases, byte set) {
        for (String phrase : phrases) {
            String lower = phrase.strip().toLowerCase(Locale.ROOT);
            if (lower.isEmpty()) {
                continue;
            }
            Node node = root;
            for (int i = 0; i < lower.length(); i++) {
                node = node.addChild(lower.charAt(i));
            }
            node.sets |= set;
        }
    }

    /** Whether the whole of {@code phrase} is one of the phrases. */
    boolean isPhrase(String phrase) {
        return match(phrase.toCharArray(), 0, phrase.length()) == phrase.length();
    }

    /**
     * The end of the longest phrase that starts at {@code from} and ends before {@code limit} on a word boundary, or
     * -1. The caller makes sure {@code from} is the start of a word.
     */
    int match(char[] text, int from, int limit) {
        long each = matchEach(text, from, limit);
        return Math.max(firstEnd(each), secondEnd(each));
    }

    /**
     * The ends of the longest phrase of each set that starts at {@code from} and ends before {@code limit} on a word
     * boundary, in one walk: read them with {@link #firstEnd} and {@link #secondEnd} (-1 where none).
     */
    long matchEach(char[] text, int from, int limit) {
        Node node = root;
        int first = -1;
        int second = -1;
        for (int i = from; i < limit; i++) {
            char c = text[i];
            node = node.child(c < 128 ? ASCII_KEYS[c] : CharTable.isWhitespace(c) ? ' ' : CharTable.toLowerCase(c));
            if (node == null) {
                break;
            }
            if (node.sets != 0 && (i + 1 == limit || !isLetterOrDigit(text[i + 1]))) {
                if ((node.sets & FIRST) != 0) {
                    first = i + 1;
                }
                if ((node.sets & SECOND) != 0) {
                    second = i + 1;
                }
            }
        }
        return (long) first << 32 | second & 0xFFFF_FFFFL;
    }

    /** The end of the first set's phrase in a {@link #matchEach} result, or -1. */
    static int firstEnd(long each) {
        return (int) (each >> 32);
    }

    /** The end of the second set's phrase in a {@link #matchEach} result, or -1. */
    static int secondEnd(long each) {
        return (int) each;
    }

    private static boolean isLetterOrDigit(char c) {
        return CharTable.isLetterOrDigit(c);
    }
}
