package org.factdesk.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.FigureType;
import org.factdesk.model.Language;
import org.factdesk.model.Qualifier;
import org.factdesk.model.Verdict;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads the model's names as DESIGN.md spells them ("mostly-true", "at-least") from the command line. */
final class ModelConverters {

    private ModelConverters() {
    }

    private static <E> E convert(String value, Function<String, Optional<E>> lookup, List<String> names,
            String what) {
        return lookup.apply(value).orElseThrow(() -> new TypeConversionException(
                "'" + value + "' is not a " + what + "; use one of " + String.join(", ", names)));
    }

    private static <E extends Enum<E>> List<String> names(E[] values, Function<E, String> id) {
        return Arrays.stream(values).map(id).collect(Collectors.toList());
    }

    /** Names the candidates for picocli's help and completion. */
    abstract static class Candidates implements Iterable<String> {
        private final List<String> names;

        Candidates(List<String> names) {
            this.names = names;
        }

        @Override
        public Iterator<String> iterator() {
            return names.iterator();
        }
    }

    static final class MarkableKinds extends Candidates {
        MarkableKinds() {
            super(List.of("statement", "attribution", "figure"));
        }
    }

    static final class Verdicts extends Candidates {
        Verdicts() {
            super(names(Verdict.values(), Verdict::id));
        }
    }

    static final class KindConverter implements ITypeConverter<ClaimKind> {
        @Override
        public ClaimKind convert(String value) {
            return ModelConverters.convert(value, ClaimKind::fromId, names(ClaimKind.values(), ClaimKind::id),
                    "claim kind");
        }
    }

    static final class VerdictConverter implements ITypeConverter<Verdict> {
        @Override
        public Verdict convert(String value) {
            return ModelConverters.convert(value, Verdict::fromId, names(Verdict.values(), Verdict::id), "verdict");
        }
    }

    static final class LanguageConverter implements ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            return ModelConverters.convert(value, code -> Language.fromCode(code).filter(l -> l != Language.UNDETERMINED),
                    List.of("es", "en"), "language");
        }
    }

    static final class FigureTypeConverter implements ITypeConverter<FigureType> {
        @Override
        public FigureType convert(String value) {
            return ModelConverters.convert(value, FigureType::fromId, names(FigureType.values(), FigureType::id),
                    "figure type");
        }
    }

    static final class QualifierConverter implements ITypeConverter<Qualifier> {
        @Override
        public Qualifier convert(String value) {
            return ModelConverters.convert(value, Qualifier::fromId, names(Qualifier.values(), Qualifier::id),
                    "qualifier");
        }
    }
}
