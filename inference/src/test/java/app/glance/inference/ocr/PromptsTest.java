package app.glance.inference.ocr;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PromptsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // as PP-OCR read a page made like GNOME Terminal (stop 51)
        "ann@laptop:~/projectss python3 app.py|ann@laptop:~/projects$ python3 app.py",
        "ann@laptop:/projectss ls -l|ann@laptop:/projects$ ls -l",
        "ann@laptop: -/projects|ann@laptop: ~/projects",
        "root@vm:/tmpS ./run.sh|root@vm:/tmp$ ./run.sh",
        // an xterm captured under Xvfb (stop 51): the spaces around the "$" lost too
        "ann@laptop:/tmp/q4sls-l|ann@laptop:/tmp/q4$ ls -l",
        "ann@laptop:~/codescat notes.txt|ann@laptop:~/code$ cat notes.txt",
        // a prompt with its mark, a title, a path alone, a mail address: as they are
        "ann@laptop:~/projects$ ls -l|ann@laptop:~/projects$ ls -l",
        "ann@laptop:~/projects|ann@laptop:~/projects",
        "ann@laptop: ~/projects - Terminal|ann@laptop: ~/projects - Terminal",
        "root@vm:/tmp# ls|root@vm:/tmp# ls",
        "Write to ann@example.com: -/ is the root|Write to ann@example.com: -/ is the root",
        "ann@example.com: see the docs|ann@example.com: see the docs",
        "ann@laptop:/tmp/q4sls|ann@laptop:/tmp/q4sls",
        "ann@laptop:~/bills|ann@laptop:~/bills",
    })
    void mendsAPromptsMarks(String read, String mended) {
        assertThat(Prompts.mended(read)).isEqualTo(mended);
    }
}
