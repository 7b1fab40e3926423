package org.factdesk.analysis.attributions;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;

/**
 * Finds, without allocating, which of a fixed set of lower-case phrases ("dijo", "ha dicho", "according to") starts at
 * a position of a text, case-insensitively, ending on a word boundary. A space in a phrase matches one space.
 */
final class PhraseTrie {

    private static final class Node {
        char[] keys = new char[0];
        Node[] children = new Node[0];
        boolean terminal;

        Node child(char key) {
            int index = Arrays.binarySearch(keys, key);
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
    }

    private final Node root = new Node();

    PhraseTrie(Collection<String> phrases) {
        for (String phrase : phrases) {
            String lower = phrase.strip().toLowerCase(Locale.ROOT);
            if (lower.isEmpty()) {
                continue;
            }
            Node node = root;
            for (int i = 0; i < lower.length(); i++) {
                node = node.addChild(lower.charAt(i));
            }
            node.terminal = true;
        }
    }

    /** Whether the whole of {@code phrase} is one of the phrases. */
    boolean isPhrase(String phrase) {
        return match(phrase, 0, phrase.length()) == phrase.length();
    }

    /**
     * The end of the longest phrase that starts at {@code from} and ends before {@code limit} on a word boundary, or
     * -1. The caller makes sure {@code from} is the start of a word.
     */
    int match(CharSequence text, int from, int limit) {
        Node node = root;
        int best = -1;
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            char key = Character.isWhitespace(c) ? ' ' : Character.toLowerCase(c);
            node = node.child(key);
            if (node == null) {
                break;
            }
            if (node.terminal && (i + 1 == limit || !Character.isLetterOrDigit(text.charAt(i + 1)))) {
                best = i + 1;
            }
        }
        return best;
    }
}
