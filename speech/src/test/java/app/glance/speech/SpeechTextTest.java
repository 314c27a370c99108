package app.glance.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Real strings from screens (dialogs, title bars, browsers, terminals, OCR) and how they should sound. */
class SpeechTextTest {

    static Stream<Arguments> screenStrings() {
        return Stream.of(
                // file names and paths
                said("letter.txt", "letter dot t x t"),
                said("Open /home/jane/Documents/letter.txt?",
                        "Open slash home slash jane slash Documents slash letter dot t x t?"),
                said("Saved to C:\\Users\\Jane\\Desktop\\report_final.docx",
                        "Saved to C drive slash Users slash Jane slash Desktop slash report final dot doc x"),
                said("e.g. archive.tar.gz, i.e. photos.zip etc.",
                        "for example archive dot tar dot g z, that is photos dot zip et cetera"),
                said("Microsoft Word - Document1.docx", "Microsoft Word, Document one dot doc x"),
                said("Run ./build.sh or ~/bin/tool", "Run dot slash build dot s h or home slash bin slash tool"),
                said("IMG_2041.JPG", "IMG twenty forty-one dot j p g"),
                // URLs and e-mail
                said("Visit https://www.example.com/docs/getting-started?ref=nav for help.",
                        "Visit example dot com slash docs slash getting-started for help."),
                said("See www.wikipedia.org.", "See wikipedia dot org."),
                said("http://localhost:8080/", "localhost colon eight thousand eighty"),
                said("Contact support@glance-app.org or jane.doe+news@example.co.uk",
                        "Contact support at glance-app dot org or jane dot doe plus news at example dot co dot u k"),
                // keys and UI words
                said("Press Ctrl+S to save, Ctrl+Shift+Esc for Task Manager, Alt+F4 to close.",
                        "Press control S to save, control shift escape for Task Manager, alt F four to close."),
                said("Ctrl + Alt + Del", "control alt delete"),
                said("Press Cmd+Q to quit", "Press command Q to quit"),
                said("OK", "okay"),
                said("Cancel   OK   Apply", "Cancel okay Apply"),
                said("Press F11 to exit full screen", "Press F eleven to exit full screen"),
                said("Wi-Fi connected", "wi-fi connected"),
                // numbers, money, percentages, units
                said("Battery 45% - 2:30 remaining", "Battery forty-five percent, two thirty remaining"),
                said("Total: $1,299.99 (incl. VAT €12,50)", "Total: one thousand two hundred ninety-nine dollars "
                        + "ninety-nine cents (including VAT twelve euros fifty cents)"),
                said("Price £3.50 now $0.99", "Price three pounds fifty pence now ninety-nine cents"),
                said("Only $1 today", "Only one dollar today"),
                said("Raised $2.5M", "Raised two point five million dollars"),
                said("Download 2.5 GB of 10 GB", "Download two point five gigabytes of ten gigabytes"),
                said("3 items selected, 1.2 MB", "three items selected, one point two megabytes"),
                said("Uploaded 12 files in 350 ms", "Uploaded twelve files in three hundred fifty milliseconds"),
                said("Screen 1920x1080 at 60 Hz",
                        "Screen one thousand nine hundred twenty by one thousand eighty at sixty hertz"),
                said("Temperature -5°C", "Temperature minus five degrees Celsius"),
                said("Page 1-10 of 1,234 results", "Page one to ten of one thousand two hundred thirty-four results"),
                said("50,000 downloads", "fifty thousand downloads"),
                said("1st place, 22nd, 103rd, 11th", "first place, twenty-second, one hundred third, eleventh"),
                said("Version v2.14.3 is available", "version two dot fourteen dot three is available"),
                said("1.5x speed", "one point five times speed"),
                said("Score: 4.5/5 ★★★★☆", "Score: four point five out of five four of five stars"),
                said("Call +1 555-123-4567", "Call plus one, five five five, one two three, four five six seven"),
                said("Error 404: Page not found", "Error four hundred four: Page not found"),
                said("Item #42 costs $5", "Item number forty-two costs five dollars"),
                said("007", "zero zero seven"),
                said("3.14159", "three point one four one five nine"),
                // dates and times
                said("Meeting on 2026-11-28 at 14:05",
                        "Meeting on November twenty-eighth, twenty twenty-six at fourteen oh five"),
                said("Due 28/11/2026", "Due November twenty-eighth, twenty twenty-six"),
                said("Due 28.11.2026", "Due November twenty-eighth, twenty twenty-six"),
                said("Sat, Nov 28, 2026 at 6:17 AM",
                        "Saturday, November twenty-eighth, twenty twenty-six at six seventeen a m"),
                said("Posted 3rd March 2025", "Posted the third of March, twenty twenty-five"),
                said("The meeting is from 9:00 to 10:30 a.m.", "The meeting is from nine o'clock to ten thirty a m"),
                said("Copyright © 2024 Glance™", "copyright twenty twenty-four Glance trademark"),
                // symbols and emoji
                said("Great job 👍🎉 ✅ Done", "Great job thumbs up party popper check mark Done"),
                said("Show more ⋮   ☰ Menu   ✕", "Show more more options menu Menu close"),
                said("Password: ••••••••", "Password: hidden text"),
                said("Name *", "Name, required"),
                said("Inbox (3) | Gmail", "Inbox (three), Gmail"),
                said("Sort by: Date modified ▼", "Sort by: Date modified down arrow"),
                said("x = 3 + 4", "x equals three plus four"),
                said("😀 🇺🇸", "grinning face flag"),
                said("Signed in as @jane_doe", "Signed in as at jane doe"),
                said("Q&A and/or FAQ", "Q and A and or F A Q"),
                said("Your order #A-1234 ships Mon, Dec 1",
                        "Your order number A one thousand two hundred thirty-four ships Monday, December first"),
                // plain prose is left alone
                said("The quick brown fox jumps over the lazy dog.", "The quick brown fox jumps over the lazy dog."),
                said("File Edit View Insert Format Tools Help", "File Edit View Insert Format Tools Help"));
    }

    private static Arguments said(String screen, String spoken) {
        return Arguments.of(screen, spoken);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("screenStrings")
    void readsScreenTextAsAPersonWould(String screen, String spoken) {
        assertThat(SpeechText.normalise(screen)).isEqualTo(spoken);
    }

    @Test
    void nullAndBlankAreEmpty() {
        assertThat(SpeechText.normalise(null)).isEmpty();
        assertThat(SpeechText.normalise(" \n\t ")).isEmpty();
        assertThat(SpeechText.forSpeech("  ")).isEmpty();
    }

    @Test
    void sentencesBecomeChunksButTitlesDoNotSplit() {
        assertThat(SpeechText.forSpeech("Mr. Smith paid. Dr. Who left! Did they? Yes."))
                .containsExactly("Mr. Smith paid.", "Dr. Who left!", "Did they?", "Yes.");
    }

    @Test
    void ocrLinesAreReadAsSeparateChunks() {
        assertThat(SpeechText.forSpeech("File\nEdit\n\nView | Help\n***"))
                .containsExactly("File", "Edit", "View, Help", "hidden text");
    }

    @Test
    void longTextIsCutIntoShortChunksAtCommasThenSpaces() {
        String longSentence = ("word ".repeat(30) + ", ").repeat(4) + "end";
        List<String> chunks = SpeechText.forSpeech(longSentence);
        assertThat(chunks).hasSizeGreaterThan(1).allSatisfy(
                c -> assertThat(c.length()).isLessThanOrEqualTo(SpeechText.MAX_CHUNK_CHARS));
        assertThat(String.join(" ", chunks).replaceAll("[ ,]+", " ")).isEqualTo(longSentence.replaceAll("[ ,]+", " "));
        String noBreaks = "x".repeat(400);
        assertThat(SpeechText.chunks(noBreaks)).hasSize(3);
    }

    @Test
    void punctuationOnlyChunksAreDropped() {
        assertThat(SpeechText.chunks("... !!! \n - \n Fine.")).containsExactly("Fine.");
    }

    @Test
    void numberWords() {
        assertThat(NumberWords.cardinal(0)).isEqualTo("zero");
        assertThat(NumberWords.cardinal(1_000_001)).isEqualTo("one million one");
        assertThat(NumberWords.cardinal(2_500_000_000L)).isEqualTo("two billion five hundred million");
        assertThat(NumberWords.ordinal(100)).isEqualTo("one hundredth");
        assertThat(NumberWords.ordinal(40)).isEqualTo("fortieth");
        assertThat(NumberWords.ordinal(12)).isEqualTo("twelfth");
        assertThat(NumberWords.year(1999)).isEqualTo("nineteen ninety-nine");
        assertThat(NumberWords.year(2005)).isEqualTo("two thousand five");
        assertThat(NumberWords.year(1905)).isEqualTo("nineteen oh five");
        assertThat(NumberWords.year(1900)).isEqualTo("nineteen hundred");
        assertThat(NumberWords.cardinal("12345678901234567890")).startsWith("one two three");
    }

    @Test
    void pathologicalOcrTextNeitherHangsNorOverflows() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (String noise : List.of("a.".repeat(5000), "1.".repeat(5000), "/a".repeat(5000), "x@y.".repeat(2000),
                    "Ctrl+".repeat(2000) + "S", "1,".repeat(5000), "-".repeat(10000), "https://" + "a/".repeat(5000))) {
                assertThat(SpeechText.forSpeech(noise)).isNotNull();
            }
        });
    }

    @Test
    void dotLeadersInATableOfContentsAreAPause() {
        assertThat(SpeechText.normalise("Chapter 1 .............. 5")).isEqualTo("Chapter one... five");
        assertThat(SpeechText.normalise("Total ______ $5")).isEqualTo("Total... five dollars");
    }
}
