package org.factdesk.analysis.attributions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.factdesk.model.Attribution;
import org.factdesk.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The span, speaker, cue and directness conventions of attribution detection, in Spanish and English. */
class AttributionDetectorTest {

    private final AttributionDetector detector = new AttributionDetector();

    static Stream<Arguments> singleAttributions() {
        return Stream.of(
                // language, text, content, speaker, cue, direct
                Arguments.of(Language.ES, "«Subiremos los impuestos», dijo el ministro de Hacienda, Juan Pérez.",
                        "Subiremos los impuestos", "Juan Pérez", "dijo", true),
                Arguments.of(Language.ES, "“Es un día histórico para el país”, aseguró Pedro Sánchez en Bruselas.",
                        "Es un día histórico para el país", "Pedro Sánchez", "aseguró", true),
                Arguments.of(Language.ES, "\"No habrá recortes en sanidad\", afirmó la consejera Laura Vidal.",
                        "No habrá recortes en sanidad", "Laura Vidal", "afirmó", true),
                Arguments.of(Language.ES, "La ministra Ana Gómez afirmó que el paro bajó un 3 % en marzo.",
                        "el paro bajó un 3 % en marzo", "Ana Gómez", "afirmó", false),
                Arguments.of(Language.ES, "El Kremlin ha advertido de que la visita se producirá en los próximos días.",
                        "la visita se producirá en los próximos días", "Kremlin", "ha advertido", false),
                Arguments.of(Language.ES, "Según el Banco Mundial, la economía crecerá un 2 % este año.",
                        "la economía crecerá un 2 % este año", "Banco Mundial", "según", false),
                Arguments.of(Language.ES, "La economía crecerá un 2 % este año, según el Banco Mundial.",
                        "La economía crecerá un 2 % este año", "Banco Mundial", "según", false),
                Arguments.of(Language.ES, "De acuerdo con la OMS, los contagios se duplicaron en una semana.",
                        "los contagios se duplicaron en una semana", "OMS", "de acuerdo con", false),
                Arguments.of(Language.ES,
                        "Wang Son-taek, director del Centro de Política Global, señaló que la cumbre fue un éxito.",
                        "la cumbre fue un éxito", "Wang Son-taek", "señaló", false),
                Arguments.of(Language.ES, "Los expertos dijeron que la sequía durará otros dos años.",
                        "la sequía durará otros dos años", "expertos", "dijeron", false),
                Arguments.of(Language.ES,
                        "La inflación se moderará en otoño, explicó a este diario la economista Sara Gil.",
                        "La inflación se moderará en otoño", "Sara Gil", "explicó", false),
                Arguments.of(Language.EN, "“We will win this election,” said Jane Doe, a professor at Yale.",
                        "We will win this election", "Jane Doe", "said", true),
                Arguments.of(Language.EN,
                        "\"Rates will stay high for longer,\" Fed Chair Jerome Powell told reporters.",
                        "Rates will stay high for longer", "Jerome Powell", "told", true),
                Arguments.of(Language.EN, "‘It is just not good enough,’ Gary Lineker said on Tuesday.",
                        "It is just not good enough", "Gary Lineker", "said", true),
                Arguments.of(Language.EN, "The Federal Reserve said it would keep interest rates unchanged.",
                        "it would keep interest rates unchanged", "Federal Reserve", "said", false),
                Arguments.of(Language.EN, "Senator Tim Scott argued in a statement that the bill was unconstitutional.",
                        "the bill was unconstitutional", "Tim Scott", "argued", false),
                Arguments.of(Language.EN, "According to the World Bank, global growth will slow to 2.4% next year.",
                        "global growth will slow to 2.4% next year", "World Bank", "according to", false),
                Arguments.of(Language.EN, "Global growth will slow to 2.4% next year, according to the World Bank.",
                        "Global growth will slow to 2.4% next year", "World Bank", "according to", false),
                Arguments.of(Language.EN, "Officials told reporters that the talks had stalled over the weekend.",
                        "the talks had stalled over the weekend", "Officials", "told", false),
                Arguments.of(Language.EN, "The economy shrank 0.3% in the second quarter, the statistics office said.",
                        "The economy shrank 0.3% in the second quarter", "statistics office", "said", false));
    }

    static Stream<Arguments> attributionsInContext() {
        return Stream.of(
                // language, text, content, speaker
                Arguments.of(Language.EN, "Acme Robotics will cut 300 jobs in Ohio, the company said on Monday.",
                        "Acme Robotics will cut 300 jobs in Ohio", "Acme Robotics"),
                Arguments.of(Language.ES, "El Ayuntamiento de Bilbao aseguró que la obra acabará en mayo y pidió "
                        + "paciencia a los vecinos.", "la obra acabará en mayo", "Ayuntamiento de Bilbao"),
                Arguments.of(Language.ES, "El sindicato UGT, por su parte, recordó que la plantilla lleva dos años sin "
                        + "convenio.", "la plantilla lleva dos años sin convenio", "UGT"),
                Arguments.of(Language.ES, "La investigadora del Centro de Estudios de Granada Lucía Márquez explica que "
                        + "el acuífero está al límite.", "el acuífero está al límite", "Lucía Márquez"),
                Arguments.of(Language.ES, "Médicos sin Fronteras denunció que los hospitales de la zona carecen de "
                        + "agua.", "los hospitales de la zona carecen de agua", "Médicos sin Fronteras"),
                Arguments.of(Language.EN, "Environmental campaigners said the permit should never have been granted.",
                        "the permit should never have been granted", "Environmental campaigners"),
                Arguments.of(Language.EN, "Mayor Ann Lee, visibly tired, said the city would rebuild the bridge.",
                        "the city would rebuild the bridge", "Ann Lee"),
                Arguments.of(Language.ES, "La jueza Marta Ríos interrogó al testigo.\n—No lo recuerdo bien "
                        + "—contestó Pablo Soto.", "No lo recuerdo bien", "Pablo Soto"),
                Arguments.of(Language.ES, "Rosa Vidal regenta una librería en Teruel.\nCuenta que las ventas han "
                        + "caído un 20 %.", "las ventas han caído un 20 %", "Rosa Vidal"),
                Arguments.of(Language.EN, "A group calling itself RedOwl claimed responsibility and said it had "
                        + "stolen client files.", "it had stolen client files", "RedOwl"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("attributionsInContext")
    void readsOrganisationsCommentsDescriptionsAndSecondVerbsAsNewsWritesThem(Language language, String text,
            String content, String speaker) {
        List<AttributionMatch> matches = detector.find(text, language);

        assertThat(matches).extracting(m -> text.substring(m.start(), m.end()) + " <- " + m.attribution().speaker())
                .containsExactly(content + " <- " + speaker);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("singleAttributions")
    void findsTheContentItsSpeakerAndItsCue(Language language, String text, String content, String speaker,
            String cue, boolean direct) {
        List<AttributionMatch> matches = detector.find(text, language);

        assertThat(matches).hasSize(1);
        AttributionMatch match = matches.get(0);
        Attribution attribution = match.attribution();
        assertThat(text.substring(match.start(), match.end())).isEqualTo(content);
        assertThat(attribution.speaker()).isEqualTo(speaker);
        assertThat(attribution.cue()).isEqualTo(cue);
        assertThat(attribution.direct()).isEqualTo(direct);
        assertThat(text.substring(attribution.speakerStart(), attribution.speakerEnd())).contains(
                speaker.substring(speaker.lastIndexOf(' ') + 1));
    }

    static Stream<Arguments> carriedOver() {
        return Stream.of(
                // language, text, speaker of every match (in order)
                Arguments.of(Language.ES, "«El paro bajará este año», dijo Juan Pérez. «Y los salarios subirán».",
                        List.of("Juan Pérez", "Juan Pérez")),
                Arguments.of(Language.ES,
                        "Ana Gómez, profesora de la Universidad de Chile, dijo que la reforma es urgente.\n"
                                + "«No hay tiempo que perder», añadió la profesora.",
                        List.of("Ana Gómez", "Ana Gómez")),
                Arguments.of(Language.ES, "Juan Pérez habló el lunes con la prensa.\n«Vamos a ganar la final», dijo.",
                        List.of("Juan Pérez")),
                Arguments.of(Language.ES, "«Los tipos altos tardan meses en notarse —explicó Ángel Talavera—. "
                        + "Lo peor no ha llegado todavía».", List.of("Ángel Talavera", "Ángel Talavera")),
                Arguments.of(Language.ES, "—No hemos venido a hacer propaganda —replicó la ministra Isabel Rodríguez—. "
                        + "Hemos venido a resolver un problema.", List.of("Isabel Rodríguez", "Isabel Rodríguez")),
                Arguments.of(Language.EN, "Jane Doe, the finance minister, spoke on Monday. "
                        + "“Taxes will rise next year,” she said.", List.of("Jane Doe")),
                Arguments.of(Language.EN, "“We lost the game,” said coach Mark Evans, “but we will win the league.”",
                        List.of("Mark Evans", "Mark Evans")),
                Arguments.of(Language.EN, "“Prices are still rising in most markets,” said Lawrence Yun. "
                        + "“Buyers are waiting.\n“First-time buyers are hurt the most,” he said.",
                        List.of("Lawrence Yun", "Lawrence Yun", "Lawrence Yun")),
                Arguments.of(Language.EN, "The company said it would cut 1,200 jobs. Microsoft Corp. later confirmed "
                        + "that the cuts would hit its gaming unit.", List.of("company", "Microsoft Corp")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("carriedOver")
    void carriesTheSpeakerOverToPronounsBareVerbsDescriptionsAndLaterQuotes(Language language, String text,
            List<String> speakers) {
        List<AttributionMatch> matches = detector.find(text, language);

        assertThat(matches).extracting(m -> m.attribution().speaker()).containsExactlyElementsOf(speakers);
    }

    @Test
    void aSurnameAloneGetsTheMostCompleteNameAndItsOwnMentionAsSpan() {
        String text = "Wang Son-taek, director del Instituto de Paz, dijo que la cumbre fue un éxito. "
                + "«No sería una mala idea», dijo Wang.";

        List<AttributionMatch> matches = detector.find(text, Language.ES);

        assertThat(matches).hasSize(2);
        Attribution second = matches.get(1).attribution();
        assertThat(second.speaker()).isEqualTo("Wang Son-taek");
        assertThat(second.speakerStart()).isEqualTo(text.lastIndexOf("Wang"));
        assertThat(text.substring(second.speakerStart(), second.speakerEnd())).isEqualTo("Wang");
        assertThat(matches.get(0).attribution().role()).isEqualTo("director del Instituto de Paz");
    }

    @Test
    void aCombiningMarkThatNormalisationKeepsChangesNothingButOffsets() {
        // "q̃" has no composed form, so a normalised text keeps the combining tilde: such a text is searched for speech
        // verbs char by char, and must give what the same text without the mark gives
        String plain = "José Ruiz, portavoz del club Aqua, señaló que el estadio abrirá en mayo. "
                + "«Estamos listos», añadió Ruiz. Según la alcaldesa Ana Gómez, las obras terminaron.";
        String marked = plain.replace("Aqua", "Aq\u0303ua");
        assertThat(java.text.Normalizer.normalize(marked, java.text.Normalizer.Form.NFC)).isEqualTo(marked);

        List<AttributionMatch> fromPlain = detector.find(plain, Language.ES);
        List<AttributionMatch> fromMarked = detector.find(marked, Language.ES);

        assertThat(fromPlain).extracting(m -> m.attribution().cue()).containsExactly("señaló", "añadió", "según");
        assertThat(fromMarked).extracting(m -> m.attribution().cue() + " " + m.attribution().speaker() + ": "
                        + marked.substring(m.start(), m.end()))
                .containsExactlyElementsOf(fromPlain.stream().map(m -> m.attribution().cue() + " "
                        + m.attribution().speaker() + ": " + plain.substring(m.start(), m.end())).toList());
    }

    static Stream<Arguments> fullNames() {
        return Stream.of(
                // language, text, speaker of every match (in order)
                Arguments.of(Language.ES, "El ciclista Iker Urrutia Zabala ganó la etapa reina.\n"
                        + "«He sufrido como nunca», reconoció Urrutia en meta.", List.of("Iker Urrutia Zabala")),
                Arguments.of(Language.ES, "El director, Ignacio Ruiz de Arbulo Sainz, visitó la cueva en mayo.\n"
                        + "Según Ruiz de Arbulo, hay otras dos salas sin explorar.\n"
                        + "«Nos quedamos sin palabras», dijo Ignacio Ruiz.",
                        List.of("Ignacio Ruiz de Arbulo Sainz", "Ignacio Ruiz de Arbulo Sainz")),
                Arguments.of(Language.EN, "Councillor Margaret Ellison-Hart said the hubs would open for longer.",
                        List.of("Margaret Ellison-Hart")),
                Arguments.of(Language.EN, "“I just started swinging,” Teenager Halloran said. "
                        + "Chloe Halloran, ranked 142nd, won in three sets.", List.of("Chloe Halloran")),
                Arguments.of(Language.EN, "In court filings, the U.S. Attorney's Office for the District of Arizona said "
                        + "the money was never recovered.\nAccording to the U.S. Attorney's Office, investigators found "
                        + "$900,000.", List.of("U.S. Attorney's Office for the District of Arizona",
                        "U.S. Attorney's Office for the District of Arizona")),
                Arguments.of(Language.ES, "La concejala, María del Carmen Aparisi y Montoro, visitó el barrio.\n"
                        + "«No decidiremos sin datos», matizó Aparisi.", List.of("María del Carmen Aparisi y Montoro")),
                Arguments.of(Language.ES, "La consellera Montserrat Puigdollers i Vidal afirmó que el cambio genera "
                        + "inquietud.", List.of("Montserrat Puigdollers i Vidal")),
                Arguments.of(Language.ES, "Pedro Sánchez y Feijóo se reunieron ayer. Sánchez dijo que habrá acuerdo.",
                        List.of("Pedro Sánchez")),
                Arguments.of(Language.ES, "La Unidad Militar de Emergencias (UME) desplegó 200 efectivos.\n"
                        + "La UME explicó que sus equipos han abierto cortafuegos.",
                        List.of("Unidad Militar de Emergencias")),
                Arguments.of(Language.ES, "El Ministerio de Ciencia, Innovación y Universidades explicó que el decreto "
                        + "permite a las comunidades diseñar la prueba.",
                        List.of("Ministerio de Ciencia, Innovación y Universidades")),
                Arguments.of(Language.ES, "El Ministerio de Sanidad, Ana García y Luis Pérez firmaron el acuerdo. "
                        + "García dijo que llegará en mayo.", List.of("Ana García")),
                // one surname, two people: each bare "García" is the García named nearest before it
                Arguments.of(Language.ES, "El alcalde Pedro García dijo que el puente abrirá en mayo. García añadió "
                        + "que costará dos millones.\nEl pleno votó el presupuesto sin cambios.\nLa concejala de la "
                        + "oposición, Ana García, afirmó que faltan informes. García insistió en que votará en contra.",
                        List.of("Pedro García", "Pedro García", "Ana García", "Ana García")),
                Arguments.of(Language.EN, "Mayor Tom Baker said the bridge would open in May. Later in the meeting, "
                        + "councillor Ruth Baker said the costs were unclear. Baker added that she would vote against.",
                        List.of("Tom Baker", "Ruth Baker", "Ruth Baker")),
                Arguments.of(Language.EN, "The UK Health Security Agency published its report on Monday. The UKHSA "
                        + "said there had been 66,730 infections.", List.of("UK Health Security Agency")),
                Arguments.of(Language.EN, "Libraries will close\nWest Northamptonshire Council's cabinet approved "
                        + "the plan.\nThe authority said the closures would save £1.1m a year.\n"
                        + "A council spokesperson said the list of hubs was ready.",
                        List.of("West Northamptonshire Council", "West Northamptonshire Council")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("fullNames")
    void aSpeakerIsNamedByTheFullestFormOfTheNameInTheText(Language language, String text, List<String> speakers) {
        List<AttributionMatch> matches = detector.find(text, language);

        assertThat(matches).extracting(m -> m.attribution().speaker()).containsExactlyElementsOf(speakers);
    }

    @Test
    void aQuoteOverSeveralParagraphsGivesOneMatchPerParagraphWithOneSpeaker() {
        String text = "Rosa Giménez vive en el barrio desde 1990.\n"
                + "«Acá nadie vino a fumigar en todo el verano.\n"
                + "«Los chicos están todos con fiebre desde hace días», contó la vecina Rosa Giménez.";

        List<AttributionMatch> matches = detector.find(text, Language.ES);

        assertThat(matches).extracting(m -> text.substring(m.start(), m.end())).containsExactly(
                "Acá nadie vino a fumigar en todo el verano.", "Los chicos están todos con fiebre desde hace días");
        assertThat(matches).extracting(m -> m.attribution().speaker()).containsOnly("Rosa Giménez");
    }

    @Test
    void matchesAreSortedByStartAndExcludeQuoteMarks() {
        String text = "“Inflation is falling,” said Mary Daly. Daly noted that rents had slowed. "
                + "“We are not there yet,” she added.";

        List<AttributionMatch> matches = detector.find(text, Language.EN);

        assertThat(matches).extracting(AttributionMatch::start).isSorted();
        assertThat(matches).allSatisfy(m -> assertThat(text.substring(m.start(), m.end())).doesNotContain("“", "”"));
        assertThat(matches).hasSize(3);
    }

    static Stream<Arguments> notAttributions() {
        return Stream.of(
                Arguments.of(Language.ES, "El llamado «efecto rebote» preocupa a los mercados."),
                Arguments.of(Language.ES, "“Sombrero en mano”\nLa cumbre podría cambiar la dinámica de seguridad."),
                Arguments.of(Language.ES, "Al mismo tiempo, el Kremlin también confirmó la visita."),
                Arguments.of(Language.ES, "El aumento de los intercambios también indicó que hay preparativos."),
                Arguments.of(Language.EN, "The film “Oppenheimer” won seven awards on Sunday."),
                Arguments.of(Language.EN, "Prices rose in neighboring states in the first month of the year."),
                Arguments.of(Language.EN, "The central bank's next meeting is scheduled for April 30."),
                Arguments.of(Language.EN, ""));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("notAttributions")
    void scareQuotesTitlesAndVerbsWithoutContentAreNotAttributions(Language language, String text) {
        assertThat(detector.find(text, language)).isEmpty();
    }

    @Test
    void undeterminedLanguageUsesTheCuesOfBoth() {
        String text = "La inflación bajará, dijo Ana Gómez. Prices will fall, said John Smith.";

        assertThat(detector.find(text, Language.UNDETERMINED)).extracting(m -> m.attribution().speaker())
                .containsExactly("Ana Gómez", "John Smith");
        assertThat(detector.find(text, null)).hasSize(2);
    }
}
