package org.factdesk.analysis.attributions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Groups the speakers of attributions: variants of one name (surname alone, a slip in spelling) count as one. */
public final class Speakers {

    /** Variants of one speaker's name, the first the most complete, with that first name's key cut into words. */
    private record Group(String key, String[] words, boolean isName, List<String> names) {
    }

    private Speakers() {
    }

    /**
     * The speakers of the matches, most frequent first (then by name). Names are grouped when one is a leading or
     * trailing part of the other or differs by a slip of one letter per word ({@code "Pancheco Pardo"} joins
     * {@code "Ramón Pacheco Pardo"}); the group is named by its most complete variant. Matches without a speaker are
     * left out.
     *
     * @param matches attributions, as found by {@link AttributionDetector#find}
     * @return one entry per speaker, with its variants (most frequent first) and its number of attributions
     */
    public static List<Speaker> group(List<AttributionMatch> matches) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (AttributionMatch match : matches) {
            String speaker = match.attribution() == null ? null : match.attribution().speaker();
            if (speaker != null && !speaker.isBlank()) {
                counts.merge(speaker.strip(), 1, Integer::sum);
            }
        }
        List<String> names = new ArrayList<>(counts.keySet());
        names.sort(Comparator.comparingInt(Names::tokenCount).reversed()
                .thenComparing(Comparator.comparing(counts::get).reversed()));
        List<List<String>> groups = new ArrayList<>();
        // each group is filed by its first (most complete) name: a long text quotes thousands of people, and comparing
        // each name with every group took half a minute on 1.3 MB
        SameSpeakerIndex<Group> byFirstName = new SameSpeakerIndex<>();
        for (String name : names) {
            String key = Names.key(name);
            String[] words = key.split(" ");
            boolean isName = Names.isName(name);
            Group home = byFirstName.first(words, group -> Names.sameKeys(group.key(), group.words(), group.isName(),
                    key, words, isName));
            if (home == null) {
                home = new Group(key, words, isName, new ArrayList<>());
                byFirstName.file(home, groups.size(), words);
                groups.add(home.names());
            }
            home.names().add(name);
        }
        List<Speaker> speakers = new ArrayList<>();
        for (List<String> group : groups) {
            int total = 0;
            for (String name : group) {
                total += counts.get(name);
            }
            List<String> variants = new ArrayList<>(group);
            variants.sort(Comparator.comparing(counts::get).reversed());
            speakers.add(new Speaker(group.get(0), variants, total));
        }
        speakers.sort(Comparator.comparingInt(Speaker::count).reversed().thenComparing(Speaker::name));
        return speakers;
    }
}
