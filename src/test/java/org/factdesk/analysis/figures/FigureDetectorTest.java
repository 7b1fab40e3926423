package org.factdesk.analysis.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.factdesk.model.Figure;
import org.factdesk.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The span and normalisation conventions of {@link FigureDetector}, one table row per convention. */
class FigureDetectorTest {

    private static final FigureDetector DETECTOR = new FigureDetector();

    @ParameterizedTest(name = "[{0}] {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            es | Casi la mitad de la población estaba desnutrida. | Casi la mitad | fraction | 0.5 | fraction | nearly | ≈ 50 %
            es | hasta el 30% de los agricultores | hasta el 30% | percent | 30 | percent | up-to | ≤ 30 %
            es | Hace un año y medio, Putin inició la guerra. | un año y medio | duration | 1.5 | year | exact | 1.5 years
            es | La última cumbre en abril de 2019 fue breve. | abril de 2019 | date | - | date | exact | 2019-04
            es | Actualizado el 11 de septiembre de 2023 a las 3. | 11 de septiembre de 2023 | date | - | date | exact | 2023-09-11
            es | Votaron 1.722.217 personas. | 1.722.217 | count | 1722217 | people | exact | 1722217 people
            es | El paro subió un 3,2 % en marzo. | 3,2 % | percent | 3.2 | percent | exact | 3.2 %
            es | Había 44.495 inscritos. | 44.495 | count | 44495 | - | exact | 44495
            es | La reunión llegó dos meses después. | dos meses | duration | 2 | month | exact | 2 months
            es | Creció el veinte por ciento. | veinte por ciento | percent | 20 | percent | exact | 20 %
            es | Sacó 11 puntos de ventaja. | 11 puntos | count | 11 | points | exact | 11 points
            es | Cuesta el triple que antes. | el triple | ratio | 3 | times | exact | ×3
            es | Ganó más del doble. | más del doble | ratio | 2 | times | more-than | > ×2
            es | Trabajó 24 horas seguidas. | 24 horas | duration | 24 | hour | exact | 24 hours
            es | Los dos líderes se reunieron. | dos | count | 2 | people | exact | 2 people
            es | Es su tercer mandato. | tercer | ordinal | 3 | - | exact | #3
            es | Llegó en 2019 y se fue. | 2019 | date | - | date | exact | 2019
            es | Un tercio de los votos fue nulo. | Un tercio | fraction | 0.333333 | fraction | exact | 33.3 %
            es | Son las dos terceras partes del país. | las dos terceras partes | fraction | 0.666667 | fraction | exact | 66.7 %
            es | Uno de cada cinco niños es pobre. | Uno de cada cinco | fraction | 0.2 | fraction | exact | 20 %
            es | Costó 2,2 millones de dólares. | 2,2 millones de dólares | money | 2200000 | USD | exact | 2200000 USD
            es | Pagó 3,5 € por el café. | 3,5 € | money | 3.5 | EUR | exact | 3.5 EUR
            es | Recibió US$ 30 al día. | US$ 30 | money | 30 | USD | exact | 30 USD
            es | Hay al menos 12 muertos. | al menos 12 | count | 12 | people | at-least | ≥ 12 people
            es | Huyeron más de 300.000 personas. | más de 300.000 | count | 300000 | people | more-than | > 300000 people
            es | Acudieron unos 2,5 millones de votantes. | unos 2,5 millones | count | 2500000 | people | approximately | ≈ 2500000 people
            es | Ocurrió en menos de 15 años. | menos de 15 años | duration | 15 | year | less-than | < 15 years
            es | Medio millón de personas salió a la calle. | Medio millón | count | 500000 | people | exact | 500000 people
            es | Esperó media hora. | media hora | duration | 0.5 | hour | exact | 0.5 hours
            es | Cayó tres décimas en el mes. | tres décimas | percent | 0.3 | percentage-points | exact | 0.3 pp
            es | Subió dos puntos porcentuales. | dos puntos porcentuales | percent | 2 | percentage-points | exact | 2 pp
            es | Nació el sábado 13 de enero de 2024 en Madrid. | sábado 13 de enero de 2024 | date | - | date | exact | 2024-01-13
            es | Ocurrió a finales de 2022 en Kiev. | finales de 2022 | date | - | date | exact | 2022
            es | Empezó a las 21:00 en el estadio. | 21:00 | date | - | time | exact | 21:00
            es | Llegó a las 3 de la tarde. | 3 de la tarde | date | - | time | exact | 15:00
            es | Se firmó el 1.º de mayo. | 1.º de mayo | date | - | date | exact | --05-01
            es | Eran doscientos cincuenta mil manifestantes. | doscientos cincuenta mil | count | 250000 | people | exact | 250000 people
            es | Tenía treinta y cinco años. | treinta y cinco años | duration | 35 | year | exact | 35 years
            es | Mil personas lo vieron. | Mil | count | 1000 | people | exact | 1000 people
            es | Por primera vez en la historia. | primera | ordinal | 1 | - | exact | #1
            es | Es la primera mujer presidenta. | primera | ordinal | 1 | - | exact | #1
            es | Hace una década todo era distinto. | una década | duration | 1 | decade | exact | 1 decade
            es | El PIB crecerá alrededor del 2 %. | alrededor del 2 % | percent | 2 | percent | approximately | ≈ 2 %
            es | Invirtió 500 mdd en la planta. | 500 mdd | money | 500000000 | USD | exact | 500000000 USD
            es | La deuda llegó a 1,57 billones de euros. | 1,57 billones de euros | money | 1570000000000 | EUR | exact | 1570000000000 EUR
            en | Nearly half of voters stayed home. | Nearly half | fraction | 0.5 | fraction | nearly | ≈ 50 %
            en | The fund lost $2.2 million last year. | $2.2 million | money | 2200000 | USD | exact | 2200000 USD
            en | Prices rose 3.2% in May. | 3.2% | percent | 3.2 | percent | exact | 3.2 %
            en | The count reached 1,722,217 on Monday. | 1,722,217 | count | 1722217 | - | exact | 1722217
            en | They met a week later. | a week | duration | 1 | week | exact | 1 week
            en | Support fell thirty percent. | thirty percent | percent | 30 | percent | exact | 30 %
            en | She leads by 11 points. | 11 points | count | 11 | points | exact | 11 points
            en | Rents could double the cost of living. | double | ratio | 2 | times | exact | ×2
            en | It grew twice as fast. | twice | ratio | 2 | times | exact | ×2
            en | The vote is on Oct. 14 in Ohio. | Oct. 14 | date | - | date | exact | --10-14
            en | Updated at 2:42 p.m. ET on Monday. | 2:42 p.m. ET | date | - | time | exact | 14:42 ET
            en | He was born in 1998 in Ohio. | 1998 | date | - | date | exact | 1998
            en | It was her third term. | third | ordinal | 3 | - | exact | #3
            en | She finished 1st in the race. | 1st | ordinal | 1 | - | exact | #1
            en | It was the first major hurricane there. | first | ordinal | 1 | - | exact | #1
            en | The 21st century began. | 21st | ordinal | 21 | - | exact | #21
            en | About two-thirds of the jobs were new. | About two-thirds | fraction | 0.666667 | fraction | approximately | ≈ 66.7 %
            en | One in five adults smoke. | One in five | fraction | 0.2 | fraction | exact | 20 %
            en | Nine out of 10 doctors agree. | Nine out of 10 | fraction | 0.9 | fraction | exact | 90 %
            en | It took a year and a half to build. | a year and a half | duration | 1.5 | year | exact | 1.5 years
            en | It took two and a half years. | two and a half years | duration | 2.5 | year | exact | 2.5 years
            en | A 19-year-old was arrested. | 19-year-old | duration | 19 | year | exact | 19 years
            en | Sales fell for five straight months. | five straight months | duration | 5 | month | exact | 5 months
            en | Up to 30 percent of farmers left. | Up to 30 percent | percent | 30 | percent | up-to | ≤ 30 %
            en | At least 21 people have died. | At least 21 | count | 21 | people | at-least | ≥ 21 people
            en | It costs less than $2 a dose. | less than $2 | money | 2 | USD | less-than | < 2 USD
            en | The plan costs €3m in total. | €3m | money | 3000000 | EUR | exact | 3000000 EUR
            en | Debt hit £1.5 billion in June. | £1.5 billion | money | 1500000000 | GBP | exact | 1500000000 GBP
            en | Yields fell 19 basis points today. | 19 basis points | percent | 19 | basis-points | exact | 19 bp
            en | Half a million people marched. | Half a million | count | 500000 | people | exact | 500000 people
            en | It happened in the 1990s in Peru. | 1990s | date | - | date | exact | 1990s
            en | The law took effect in mid-2019 here. | mid-2019 | date | - | date | exact | 2019
            en | The meeting is on March 5, 2024 downtown. | March 5, 2024 | date | - | date | exact | 2024-03-05
            en | The storm hit 500 km of coast. | 500 km | count | 500 | km | exact | 500 km
            en | Growth was nearly 45 times higher. | nearly 45 times | ratio | 45 | times | nearly | ≈ ×45
            en | An estimated 1.8 million infants are at risk. | An estimated 1.8 million | count | 1800000 | - | approximately | ≈ 1800000
            """)
    void figureIsFoundWithItsSpanAndNormalForm(String lang, String text, String span, String type, String value,
            String unit, String qualifier, String normalized) {
        List<FigureMatch> found = DETECTOR.find(text, Language.fromCode(lang).orElseThrow());
        FigureMatch match = found.stream()
                .filter(m -> text.substring(m.start(), m.end()).equals(span))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no figure \"" + span + "\" among " + spans(text, found)));
        Figure figure = match.figure();
        assertThat(figure.type().id()).as("type").isEqualTo(type);
        if (value == null) {
            assertThat(figure.value()).as("value").isNull();
        } else {
            assertThat(figure.value()).as("value").isEqualByComparingTo(new BigDecimal(value));
        }
        assertThat(figure.unit()).as("unit").isEqualTo(unit);
        assertThat(figure.qualifier().id()).as("qualifier").isEqualTo(qualifier);
        assertThat(figure.normalized()).as("normalized").isEqualTo(normalized);
    }

    @ParameterizedTest(name = "[{0}] {1} has no figure in \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            es | La pandemia de COVID-19 golpeó al país. | 19
            es | La cumbre del G20 en la India. | 20
            es | Compraron cazas F-35 a Estados Unidos. | 35
            es | Kim Jong Un viajó a Rusia. | Un
            es | Uno de ellos dijo que no. | Uno
            es | Una persona familiarizada con el asunto habló. | Una
            es | Es uno de los mayores retos. | uno
            es | Atribución en el cuadro 8 del informe. | 8
            es | Según el artículo 135 de la Constitución. | 135
            es | Llame al 91 583 91 00 para más datos. | 583
            es | Llame al +34 600 123 456 hoy. | 600
            es | El plan 'España 2050' se presentó ayer. | 2050
            es | Viajó a Dos Hermanas en tren. | Dos
            es | La Segunda Guerra Mundial terminó. | Segunda
            es | El primer ministro habló. | primer
            es | La primera dama habló. | primera
            es | En primer lugar, hay que votar. | primer
            es | Hay miles de personas en la calle. | miles
            es | Es un virus H5N1 de alta patogenicidad. | 5
            es | Se jugaron los cuartos de final. | cuartos
            es | Tiene doble nacionalidad. | doble
            es | Vive en Medio Oriente. | Medio
            en | One of the biggest concerns is housing. | One
            en | The S&P 500 climbed again. | 500
            en | He flew a Boeing 737 to Paris. | 737
            en | Call 1-800-829-1040 for help. | 800
            en | Call (202) 555-0143 today. | 555
            en | The 5G network is new. | 5
            en | It costs $50,000 a year to attend. | a year
            en | The first lady spoke. | first
            en | First of all, thank you. | First
            en | He won the Second World War medal. | Second
            en | They fought in World War II. | II
            en | She has a double standard. | double
            en | He is a half-brother of the king. | half
            en | In the first half of the game. | half
            en | Thousands of people marched. | Thousands
            en | See page 4 of the report. | 4
            en | Apple will unveil the iPhone 15 soon. | 15
            en | Hurricanes are worse than a Category 3 storm. | 3
            en | Traffic on Interstate 75 stopped. | 75
            en | One infected person can infect others. | One
            """)
    void codesNamesLabelsAndArticlesAreNotFigures(String lang, String text, String notAFigure) {
        List<FigureMatch> found = DETECTOR.find(text, Language.fromCode(lang).orElseThrow());
        int at = text.indexOf(notAFigure);
        assertThat(at).as("test row").isNotNegative();
        int end = at + notAFigure.length();
        assertThat(found).as("figures in \"%s\": %s", text, spans(text, found))
                .noneMatch(m -> m.start() < end && at < m.end());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            es | entre el 10 y el 20 % | 10 ; 20 %
            es | entre 10 y 20 % | 10 ; 20 %
            es | del 11 al 14 de septiembre | 11 ; 14 de septiembre
            es | entre 2020 y 2022 | 2020 ; 2022
            es | entre tres y cuatro semanas | tres ; cuatro semanas
            en | between $2 and $3 billion | $2 ; $3 billion
            en | from 5.25% to 5.5% | 5.25% ; 5.5%
            en | on Dec. 12-13 in Washington | Dec. 12 ; 13
            en | the Knicks beat the Celtics 116-107 | 116 ; 107
            """)
    void eachEndOfARangeIsItsOwnFigure(String lang, String text, String expected) {
        List<FigureMatch> found = DETECTOR.find(text, Language.fromCode(lang).orElseThrow());
        assertThat(spans(text, found)).isEqualTo(List.of(expected.split(" ; ")));
    }

    @Test
    void theFirstEndOfARangeBorrowsTheUnitAndScaleOfTheSecond() {
        String text = "between $2 and $3 billion; entre 10 y 20 %";
        List<FigureMatch> en = DETECTOR.find(text.substring(0, 25), Language.EN);
        assertThat(en.get(0).figure().value()).isEqualByComparingTo("2000000000");
        List<FigureMatch> es = DETECTOR.find("entre 10 y 20 %", Language.ES);
        assertThat(es.get(0).figure().unit()).isEqualTo("percent");
        List<FigureMatch> days = DETECTOR.find("del 11 al 14 de septiembre de 2023", Language.ES);
        assertThat(days.get(0).figure().normalized()).isEqualTo("2023-09-11");
    }

    @ParameterizedTest(name = "[{0}] {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            es | 44.495 | 44495
            es | 1.722.217 | 1722217
            es | 3,2 | 3.2
            es | 1.234,5 | 1234.5
            en | 44.495 | 44.495
            en | 1,722,217 | 1722217
            en | 1.722.217 | 1722217
            en | 3,2 | 3.2
            en | 1,234.5 | 1234.5
            """)
    void digitsAreReadWithTheLanguageSeparators(String lang, String number, String value) {
        List<FigureMatch> found = DETECTOR.find("Había " + number + " casos.", Language.fromCode(lang).orElseThrow());
        assertThat(found).singleElement().satisfies(m -> assertThat(m.figure().value()).isEqualByComparingTo(value));
    }

    @Test
    void aSpanishTextWrittenWithDecimalPointsIsReadThatWay() {
        String text = "La inflación fue de 3.5 % y el déficit de 2.75 %; hubo 1,500 quejas.";
        List<FigureMatch> found = DETECTOR.find(text, Language.ES);
        assertThat(found).extracting(m -> m.figure().value().toPlainString()).containsExactly("3.5", "2.75", "1500");
    }

    @Test
    void undeterminedLanguageFollowsTheTextsCommonWords() {
        String spanish = "El paro bajó al 3,2 % y hubo 44.495 altas en dos meses.";
        String english = "Unemployment fell to 3.2% and there were 44.495 claims in two months.";
        assertThat(DETECTOR.find(spanish, Language.UNDETERMINED)).extracting(m -> m.figure().normalized())
                .containsExactly("3.2 %", "44495", "2 months");
        assertThat(DETECTOR.find(english, Language.UNDETERMINED)).extracting(m -> m.figure().normalized())
                .containsExactly("3.2 %", "44.495", "2 months");
    }

    @Test
    void matchesAreSortedAndDoNotOverlap() {
        String text = "Entre 2020 y 2022, casi la mitad, hasta el 30%, 1.722.217 personas y dos meses; "
                + "el 11 de septiembre de 2023 a las 2:42 p.m. ET.";
        List<FigureMatch> found = DETECTOR.find(text, Language.ES);
        assertThat(found).hasSizeGreaterThan(6);
        for (int i = 1; i < found.size(); i++) {
            assertThat(found.get(i).start()).isGreaterThanOrEqualTo(found.get(i - 1).end());
        }
    }

    @Test
    void emptyAndNullTextsHaveNoFigures() {
        assertThat(DETECTOR.find("", Language.ES)).isEmpty();
        assertThat(DETECTOR.find(null, Language.EN)).isEmpty();
        assertThat(DETECTOR.find("   \n\n  ", Language.UNDETERMINED)).isEmpty();
    }

    @Test
    void figuresNeverCrossALineBreak() {
        List<FigureMatch> found = DETECTOR.find("Pagó 30\n% de la cuota y 2\nmillones.", Language.ES);
        assertThat(spans("Pagó 30\n% de la cuota y 2\nmillones.", found)).containsExactly("30", "2");
    }

    @Test
    void oneDetectorServesManyThreads() throws Exception {
        String text = "Casi la mitad, hasta el 30%, 1.722.217 personas, el 11 de septiembre de 2023.";
        List<FigureMatch> expected = DETECTOR.find(text, Language.ES);
        List<Thread> threads = new java.util.ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        for (int n = 0; n < 4; n++) {
            Thread thread = new Thread(() -> {
                for (int r = 0; r < 200; r++) {
                    if (!DETECTOR.find(text, Language.ES).equals(expected)) {
                        failures.add(new AssertionError("different result"));
                    }
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(failures).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Año y medio después, nada.|Año y medio|1.5|year",
        "Título\\nHora y media de espera.|Hora y media|1.5|hour",
        "Ya hace año y medio que no llueve.|año y medio|1.5|year"})
    void aDurationOfOneAndAHalfIsReadAlsoWhereItOpensTheLine(String written, String span, String value, String unit) {
        String text = written.replace("\\n", "\n");

        List<FigureMatch> found = DETECTOR.find(text, Language.ES);

        assertThat(spans(text, found)).containsExactly(span);
        assertThat(found.get(0).figure().value()).isEqualByComparingTo(value);
        assertThat(found.get(0).figure().unit()).isEqualTo(unit);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"one İN five", "ΟΔΟΣ de 30 km"})
    void whatAWordMeansDoesNotDependOnTheWordsBeforeIt(String sentence) {
        // the same words lowered char by char first ("in", "οδοσ"): String.toLowerCase lowers "İN" and "ΟΔΟΣ" into
        // other words ("i̇n", "οδος"), and a word's meaning must not come from a look-alike seen earlier
        StringBuilder lowered = new StringBuilder();
        sentence.chars().forEach(c -> lowered.append(Character.toLowerCase((char) c)));
        String before = lowered + ". ";

        List<FigureMatch> alone = DETECTOR.find(sentence, Language.UNDETERMINED);
        List<FigureMatch> after = DETECTOR.find(before + sentence, Language.UNDETERMINED);

        assertThat(after.stream().filter(m -> m.start() >= before.length())
                .map(m -> new FigureMatch(m.start() - before.length(), m.end() - before.length(), m.figure())))
                .isNotEmpty().containsExactlyElementsOf(alone);
    }

    private static List<String> spans(String text, List<FigureMatch> found) {
        return found.stream().map(m -> text.substring(m.start(), m.end())).toList();
    }
}
