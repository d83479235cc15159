package org.newsclip.html;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CaptionCreditsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Der Roll-Out der zweiten F13. Foto: Junkers Flugzeugwerke AG                 | true
            Inspiration: Buccellati (Foto: Silvia Rivoltella)                            | true
            Roman Prymula, photo: Archives du Gouvernement tchèque                       | true
            Coney Island, New York. Photo: Getty                                         | true
            Demut hinter Masken Foto: Adobe Stock                                        | true
            Steile Couloirs wurden begangen (Foto: R. Grischott, 15.01.2022).            | true
            Wissenschaft spart Energie / Foto: Envato                                    | true
            Ein Windrad auf dem Boot, Bildquelle: G. Warnke                              | true
            Ein Sturz in der Abfahrt. (Symbolbild: Alex T./AdobeStock)                   | true
            (crédito: Minervino Júnior/CB/D.A.Press)                                     | true
            Photo Credit: www.example.com                                                | true
            Was die Besucher freute, verrät das Bild: Kinder auf der Rutsche. Und mehr.  | false
            Was freute, verrät das Bild: Kinder auf der Rutsche und Eltern am Beckenrand. | false
            Das Sofa im Studio. Foto: SWR/picture alliance/dpa                           | true
            Nicht labern, ranklotzen! Foto: Timur, flickr, CC BY 2.0                      | true
            Das Bild zeigt: nichts?                                                      | false
            He said of the photo: "it is fake"                                           | false
            Der Fotograf: Jane Doe                                                       | false
            Die Quelle: Landesamt                                                        | false
            Zeit: 12:30                                                                  | false
            Foto:                                                                        | false
            """)
    void captionClosingOnACredit(String text, boolean expected) {
        assertThat(CaptionCredits.endsWithCredit(text)).as(text).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Quelle: Statistisches Bundesamt                              | true
            Source: Bureau of Labor Statistics.                          | true
            Quellen: Verbraucherzentrale, eigene Berechnung              | true
            Data source: EPA                                             | true
            Źródło: GUS                                                  | true
            (Quelle: Landesregierung)                                    | true
            Image source: Getty Images.                                  | false
            Die Quelle: ein Bach am Waldrand, der nie versiegt.          | false
            Quelle: Wer hat das gesagt? Niemand weiß es.                 | false
            Sources say the minister will resign on Friday.              | false
            Source:                                                      | false
            """)
    void sourceLine(String text, boolean expected) {
        assertThat(CaptionCredits.isSourceLine(text)).as(text).isEqualTo(expected);
    }
}
