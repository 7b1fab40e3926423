package org.factdesk.analysis.attributions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Groups the speakers of attributions: variants of one name (surname alone, a slip in spelling) count as one. */
public final class Speakers {

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
        for (String name : names) {
            List<String> home = null;
            for (List<String> group : groups) {
                if (Names.sameSpeaker(group.get(0), name)) {
                    home = group;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                groups.add(home);
            }
            home.add(name);
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
