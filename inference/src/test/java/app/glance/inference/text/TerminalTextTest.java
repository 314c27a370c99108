package app.glance.inference.text;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** A terminal named without a word of it: its manual page, a traceback's error, or where its text begins. */
class TerminalTextTest {

    /** Where all of the text must not be asked for. */
    private static final Supplier<List<String>> NOT_ASKED = () -> {
        throw new AssertionError("all of the text was asked for");
    };

    @Test
    void aManualPageIsNamedByItsCommand() {
        List<String> top = List.of("man find", "FIND(1)", "General Commands Manual", "FIND(1)", "NAME",
                "find - search for files in a directory hierarchy", "SYNOPSIS");
        assertThat(TerminalText.withWhatItShows("A terminal.", top, NOT_ASKED))
                .isEqualTo("A terminal. It shows the manual page for \"find\".");
    }

    @Test
    void aTracebackSaysTheErrorItEndsInWithTheRestOfItsLine() {
        List<String> top = List.of("$ python3 goal.py", "Traceback (most recent call last):");
        List<String> all = List.of("$ python3 goal.py", "Traceback (most recent call last):",
                "File \"/tmp/goal.py\", line 2, in <module>", "print(total)", "Name Error: name",
                "'total' is not defined", "$");
        assertThat(TerminalText.withWhatItShows("A terminal, and light text on a dark background.", top, () -> all))
                .isEqualTo("A terminal, and light text on a dark background. A program on it stopped with \"Name "
                        + "Error: name 'total' is not defined\".");
        assertThat(TerminalText.error(List.of("Traceback (most recent call last):", "d = {}; d['name']",
                "KeyError:'name'", "$"))).contains("KeyError:'name'");
    }

    @Test
    void theShellsPromptAfterTheErrorIsNotItsRest() {
        // xterm after python3 calc.py ended in a ZeroDivisionError, as PP-OCR read its screen (stop 39, by hand)
        List<String> all = List.of("python3 calc.py", "Traceback (most recent call,last):",
                "File.\"/tmp/tmp97sy4mdb/calc+Py\", line 2, in total", "return sumtxs?",
                "Zero Division Error division by zero", "root.@vm+/tmp/tmpg7sy4mdb#");
        assertThat(TerminalText.error(all)).contains("Zero Division Error division by zero");
        assertThat(TerminalText.error(List.of("Traceback (most recent call last):", "NameError: name",
                "'x' is not defined", "ann@laptop:~/src$"))).contains("NameError: name 'x' is not defined");
        // the error's colon read as a "t" (xterm's window, stop 44, captured): mended
        assertThat(TerminalText.error(List.of("ann@laptoP:s python3 report, Py", "Traceback (most recent call last):",
                "File\"<string>\", line 1. in <module>", "IndexErrort list index out of range")))
                .contains("IndexError: list index out of range");
        // bash's own prompt after the error (an xterm captured under Xvfb, stop 51)
        assertThat(TerminalText.error(List.of("Traceback (most recent call last):",
                "File \"<string>\",line l, in <module>", "ModuleNotFoundError: No module named 'nosuchmodule'",
                "bash-5.2#"))).contains("ModuleNotFoundError: No module named 'nosuchmodule'");
        assertThat(TerminalText.error(List.of("Traceback (most recent call last):", "Errata list"))).isEmpty();
        // its window without the title bar: a full stop read after "Traceback"
        assertThat(TerminalText.error(List.of("Traceback. (most recent call,last):", "print(total())",
                "ValueError: bad total", "root@vm:/tmp#"))).contains("ValueError: bad total");
    }

    @Test
    void otherwiseWhereTheTextBegins() {
        List<String> top = List.of("$ cat Audit.txt", "Write down any problems you find in this list.");
        assertThat(TerminalText.withWhatItShows("A terminal.", top, NOT_ASKED))
                .isEqualTo("A terminal. The text on it begins \"$ cat Audit.txt\".");
        // a traceback without its error line read: where the text begins
        List<String> cut = List.of("$ python3 goal.py", "Traceback (most recent call last):");
        assertThat(TerminalText.withWhatItShows("A terminal.", cut, () -> cut))
                .isEqualTo("A terminal. The text on it begins \"$ python3 goal.py\".");
    }

    @Test
    void aCaptionThatQuotesOrNamesAnotherKindIsLeftAsItIs() {
        List<String> top = List.of("$ ls", "notes.txt");
        assertThat(TerminalText.withWhatItShows("A terminal: its title is \"bash\".", top, NOT_ASKED))
                .isEqualTo("A terminal: its title is \"bash\".");
        assertThat(TerminalText.withWhatItShows("A text editor.", top, NOT_ASKED)).isEqualTo("A text editor.");
        assertThat(TerminalText.withWhatItShows("A terminal", top, NOT_ASKED)).isEqualTo("A terminal");
        assertThat(TerminalText.withWhatItShows("A terminal, with a list of files.", top, NOT_ASKED))
                .isEqualTo("A terminal, with a list of files.");
        assertThat(TerminalText.withWhatItShows("Probably a terminal, showing light text on a dark background.", top,
                NOT_ASKED)).endsWith("background. The text on it begins \"notes.txt\".");
        assertThat(TerminalText.withWhatItShows("A text editor in a terminal.", top, NOT_ASKED))
                .isEqualTo("A text editor in a terminal. The text on it begins \"notes.txt\".");
    }

    @Test
    void aCodeEditorsErrorIsSaid() {
        // Geany after a failed build, as PP-OCR read its screen (stop 40, by hand)
        List<String> geany = List.of("broken.py - /tmp/tmpsxmevkbg - Geany (new instance)", "File", "Edit", "Search",
                "def total(items) :", "2", "return.sumlitems", "print(total([1,2,3]))", "File \"broken.py\", line 2",
                "return sum(items", "Compiler", "syntaxError: '(' was never closed", "ompilation failed",
                "line: 1 /5 col: 0", "INS");
        String said = "A code editor: its title is \"broken.py - /tmp/tmpsxmevkbg - Geany (new instance)\".";
        assertThat(TerminalText.codeError(said, geany))
                .hasValue("It shows the error \"syntaxError: '(' was never closed\".");
        // a C compiler's line, after its file and place
        assertThat(TerminalText.codeError("Probably an IDE.", List.of("main.c", "int main() {",
                "main.c:5:3: error: expected ';' before 'return'"))).hasValue("It shows the error \"main.c:5:3: "
                + "error: expected ';' before 'return'\".");
        // code that handles errors shows none; and another kind of window is not looked at
        assertThat(TerminalText.codeError(said, List.of("try:", "    total()", "except ValueError: pass",
                "print(\"Error: no total\")", "# TODO error: log it"))).isEmpty();
        assertThat(TerminalText.codeError("A text editor.", geany)).isEmpty();
    }

    @Test
    void aTerminalSaidByItsTitleGoesOnWithItsError() {
        // xterm's screen with a traceback, as PP-OCR read it (real_check, stop 43: "A terminal: its title is "xterm".")
        List<String> xterm = List.of("xterm", "IX", "$ python3 support.py", "Traceback (most recent call last):",
                "File \"/tmp/tmpcpsnbhol/w334655/support.py\", line 2, in <module>", "[[1]",
                "IndexError: list index out of range");
        assertThat(TerminalText.terminalError("A terminal: its title is \"xterm\".", xterm))
                .hasValue("A program on it stopped with \"IndexError: list index out of range\".");
        assertThat(TerminalText.terminalError("A terminal with the title \"bash\".", xterm)).isPresent();
        // said already; no traceback; not a terminal
        assertThat(TerminalText.terminalError("A terminal. A program on it stopped with \"IndexError: list index out "
                + "of range\".", xterm)).isEmpty();
        assertThat(TerminalText.terminalError("A terminal: its title is \"xterm\".", List.of("$ ls", "notes.txt",
                "ValueError.md"))).isEmpty();
        assertThat(TerminalText.terminalError("A text editor: its title is \"log.txt\".", xterm)).isEmpty();
    }

    @Test
    void aTerminalWaitingForAPasswordSaysSo() {
        // sudo's prompt, the last line read (written down at stop 44: "A terminal. The text on it begins ...")
        List<String> sudo = List.of("ann@laptop: ~", "$ sudo apt upgrade", "[sudo] password for ann:");
        assertThat(TerminalText.withWhatItShows("A terminal.", sudo, () -> sudo))
                .isEqualTo("A terminal. It is waiting for a password: \"[sudo] password for ann:\".");
        List<String> ssh = List.of("$ ssh ann@server", "ann@server's password:");
        assertThat(TerminalText.withWhatItShows("A terminal.", ssh, () -> ssh))
                .isEqualTo("A terminal. It is waiting for a password: \"ann@server's password:\".");
        // a password's prompt above other lines is answered already
        List<String> done = List.of("$ sudo ls", "[sudo] password for ann:", "notes.txt", "$");
        assertThat(TerminalText.withWhatItShows("A terminal.", done, () -> done)).doesNotContain("waiting");
    }

    /** sakura running top, as PP-OCR read it (stop 54, captured: "Probably a terminal. The text on it begins ..."). */
    @Test
    void topsHeaderSaysItShowsTheRunningProcesses() {
        List<String> top = List.of("sakura", "00", "top -16:20:51 up 12:00,0 user, load average: 1.95, 1.11,1.22",
                "Tasks:196 total,", "1 running, 195 sleeping,", "%Cpu(s):33.3us,33.3sy, 0.o ni, 0.0 id,", "MiBMem :",
                "24105.1 total, 22178.0 free,", "PID USER", "5477 root", "java");
        assertThat(TerminalText.withWhatItShows("A terminal.", top, NOT_ASKED))
                .isEqualTo("A terminal. It shows top, the running processes: 196 tasks, load average 1.95.");
        // its header alone; a line that names top in a sentence is none
        assertThat(TerminalText.withWhatItShows("A terminal.", top.subList(0, 3), NOT_ASKED))
                .isEqualTo("A terminal. It shows top, the running processes: load average 1.95.");
        assertThat(TerminalText.withWhatItShows("A terminal.", List.of("top - the best way to watch processes"),
                NOT_ASKED)).doesNotContain("It shows top");
    }
}
