package app.glance.inference.ocr;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WordSplitterTest {

    private final WordSplitter splitter = WordSplitter.english();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Savechangesbeforeclosing?|Save changes before closing?",
        "Doyouwanttosavechanges?|Do you want to save changes?",
        "Don'tsave|Don't save",
        "Yourchangeswillbelost|Your changes will be lost",
        "Checkforupdates|Check for updates",
        "Forgotyourpassword?|Forgot your password?",
        "Remembermeonthiscomputer|Remember me on this computer",
        "SignIn|Sign In",
        "Volunteersarewelcome everySaturday|Volunteers are welcome every Saturday",
        "movedtheyounglettuceintotheshade|moved the young lettuce into the shade",
        "first harvest filled three baskets.We|first harvest filled three baskets. We",
        "Downloadsfolderisempty|Downloads folder is empty",
        "Opentheprojectinvscodenow|Open the project in vscode now",
        // words the common list lacks, from the spelling dictionary (a page made like Gmail, in dark mode, stop 51)
        "Yourverificationcode|Your verification code",
        "Thesoftwareupdatefixes several securityproblems|The software update fixes several security problems",
        "examinethe working directory,|examine the working directory,",
        "IthinkIcansaveit|I think I can save it",
    })
    void putsBackDroppedSpaces(String merged, String expected) {
        assertThat(splitter.split(merged)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Save changes before closing?",
        "holiday-photos.zip",
        "invoice_0423.pdf",
        "setup-installer.exe",
        "https://example.org/downloads",
        "user@example.com",
        "12 March 2024",
        "Notifications",
        "Kubernetes",
        "Photosynthesis",
        "YouTube",
        "PowerShell",
        "JavaScript",
        "e.g.",
        "v1.2.2",
        "localhost:9", // a host and its port (Chromium's address bar, stop 36), and the host alone (its tab)
        "localhost",
        "fileserver:8080",
        // words and names the common list lacks, once split into pieces of it (OCR of real windows, stop 51)
        "Personalisation",
        "Good afternoon",
        "Microsoft Excel Worksheet",
        "consider only printable characters",
        "upstream, but Debian",
        "Markdown document",
        "Singapore",
        "JArchive",
        "ModuleNotFoundError: No module named 'requests'",
        "KeyError: 'name'",
    })
    void leavesWordsNamesAndCodesAlone(String text) {
        assertThat(splitter.split(text)).isEqualTo(text);
    }

    /**
     * On a line that PP-OCR spaced well, a short token that would be two words is a compound word the list lacks
     * (zenity's text dialog and Mousepad, captured by hand at stop 25); long merges and case changes are split anyway,
     * and a line of few words is split as before.
     */
    @Test
    void aShortCompoundOnAWellSpacedLineStaysWhole() {
        assertThat(splitter.split("Pack the blue suitcase and the camera charger."))
                .isEqualTo("Pack the blue suitcase and the camera charger.");
        assertThat(splitter.split("Print the checklist before you leave the house"))
                .isEqualTo("Print the checklist before you leave the house");
        assertThat(splitter.split("Please click SignIn to open your account"))
                .isEqualTo("Please click Sign In to open your account");
        assertThat(splitter.split("Do you want to Savechangesbeforeclosing? The file"))
                .isEqualTo("Do you want to Save changes before closing? The file");
        assertThat(splitter.split("the savechanges")).isEqualTo("the save changes");
    }

    @Test
    void keepsSpacingAndPunctuationAroundSplitWords() {
        assertThat(splitter.split("  (Savechanges)  now")).isEqualTo("  (Save changes)  now");
    }

    @Test
    void knowsInflectionsOfListedWords() {
        assertThat(splitter.isKnown("closing")).isTrue();
        assertThat(splitter.isKnown("changes")).isTrue();
        assertThat(splitter.isKnown("Copied")).isTrue();
        assertThat(splitter.isKnown("qwzx")).isFalse();
    }

    /** "i" alone is a word only as a capital: a lower-case one is a letter of a word the list lacks. */
    @Test
    void aLowerCaseIIsNoWordOfItsOwn() {
        WordSplitter tiny = WordSplitter.of(List.of("the", "cat", "i", "on", "mat"));
        assertThat(tiny.split("thecationthemat")).isEqualTo("thecationthemat");
        assertThat(tiny.split("thecatonthemat")).isEqualTo("the cat on the mat");
        assertThat(tiny.split("theCatIOnTheMat")).isEqualTo("the Cat I On The Mat");
    }

    @Test
    void aSpellingDictionaryKeepsItsWordsWhole() {
        assertThat(splitter.isWord("verification")).isTrue();
        assertThat(splitter.isWord("Worksheet")).isTrue();
        assertThat(splitter.isWord("qwzx")).isFalse();
        // rules looking for English on a screen count the common list's words only
        assertThat(splitter.isKnown("verification")).isFalse();
    }

    /** Time steps for {@code text}: each letter {@code usual} steps after the one before, {@code gap} at each "|". */
    private static Object[] read(String marked, int usual, int gap) {
        StringBuilder text = new StringBuilder();
        List<Integer> steps = new java.util.ArrayList<>();
        int t = 0;
        boolean wide = false;
        for (char c : marked.toCharArray()) {
            if (c == '|') {
                wide = true;
                continue;
            }
            t += wide ? gap : usual;
            wide = false;
            text.append(c);
            steps.add(t);
        }
        return new Object[] {text.toString(), steps.stream().mapToInt(Integer::intValue).toArray()};
    }

    private String splitAsRead(String marked, int usual, int gap) {
        Object[] r = read(marked, usual, gap);
        return splitter.split((String) r[0], (int[]) r[1]);
    }

    /**
     * Where the recogniser says where each letter stood, a space goes back only where a gap shows: the names and
     * compounds below, their letters evenly spaced as PP-OCR read them rendered in DejaVu Sans (stop 51), stay whole;
     * the same letters with a gap of two more steps are split.
     */
    @Test
    void withWhereTheLettersStoodASpaceGoesOnlyWhereAGapShows() {
        for (String name : List.of("Inkscape", "Rhythmbox", "Northwind", "Lightroom", "maintenan", "VideoTube")) {
            assertThat(splitAsRead(name, 3, 3)).isEqualTo(name);
            assertThat(splitter.split(name)).as("without steps").isNotEqualTo(name);
        }
        assertThat(splitAsRead("Rhythm|box", 3, 5)).isEqualTo("Rhythm box");
        assertThat(splitAsRead("Save|changes|before|closing?", 3, 6)).isEqualTo("Save changes before closing?");
        // one step more than usual is no gap, unless the case changes there
        assertThat(splitAsRead("Rhythm|box", 3, 4)).isEqualTo("Rhythmbox");
        assertThat(splitAsRead("Draft|Share", 3, 4)).isEqualTo("Draft Share");
        // beside a small word PP-OCR drops the space without a gap ("Registerfor the event", real_check)
        assertThat(splitAsRead("Registerfor the event", 3, 3)).isEqualTo("Register for the event");
        assertThat(splitAsRead("SignIn", 3, 3)).isEqualTo("Sign In");
        // too few letters side by side to know the usual distance: as without steps
        assertThat(splitter.split("GoTo", new int[] {3, 6, 9, 12})).isEqualTo("Go To");
        assertThat(splitter.split("Rhythmbox", new int[] {3, 6, 9, 12, 15, 18, 21, 24, 27})).isEqualTo("Rhythmbox");
    }

    @Test
    void worksOnAnyWordList() {
        WordSplitter tiny = WordSplitter.of(List.of("the", "cat", "sat", "mat", "on"));
        assertThat(tiny.split("thecatsatonthemat")).isEqualTo("the cat sat on the mat");
    }

    @Test
    void embeddedListHasSomeThousandsOfWords() {
        assertThat(EnglishWords.byFrequency()).hasSizeGreaterThan(1500).doesNotHaveDuplicates();
    }
}
