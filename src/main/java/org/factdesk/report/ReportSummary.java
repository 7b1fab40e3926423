package org.factdesk.report;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Verdict;

/**
 * The numbers of a report's {@code summary} object: how many documents and claims it holds, by kind and by verdict.
 * Both maps hold every kind and every verdict (zero when absent), in the enums' order.
 */
public record ReportSummary(
        int documents,
        int claims,
        Map<ClaimKind, Integer> byKind,
        Map<Verdict, Integer> byVerdict) {

    public ReportSummary {
        byKind = complete(ClaimKind.class, byKind);
        byVerdict = complete(Verdict.class, byVerdict);
    }

    private static <E extends Enum<E>> Map<E, Integer> complete(Class<E> type, Map<E, Integer> counts) {
        EnumMap<E, Integer> all = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            Integer count = counts == null ? null : counts.get(value);
            all.put(value, count == null ? 0 : count);
        }
        return Collections.unmodifiableMap(all);
    }
}
