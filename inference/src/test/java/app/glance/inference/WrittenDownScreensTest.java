package app.glance.inference;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Screens written down as the lines OCR reads from them, or as OCR read them from scenes captured under Xvfb, each
 * with what the model might say of it and what Glance says in the end (the refined caption and what it adds), the
 * whole way through {@link Describer}: {@code written-down/*.txt} in the test resources. A block is "# " and its name,
 * the screen's lines, then pairs of "@ " and the model's caption ("@? " where the model is unsure of it), "= " and what
 * Glance says. Every pair is checked, so
 * a change to a rule that changes what is said of any of them shows here, with the screen's name. A line may end with
 * where OCR found it on the screen, " [x y width height]" (for the rules that read where lines stand: a form's fields
 * one below the other, the documents right of a column); a line without one stands at the top left, 10 pixels square.
 */
class WrittenDownScreensTest {

    /** The written-down sets, one file per stop that wrote them. */
    private static final List<String> SETS = List.of("stop44.txt", "stop45.txt", "stop46.txt", "stop47.txt",
            "stop48.txt", "stop49.txt", "stop50.txt", "stop53.txt", "stop54.txt", "stop55.txt", "stop56.txt");

    /** One screen and one caption the model might give it, with what Glance says then. */
    record Case(String name, List<String> lines, String caption, String said, boolean unsure) {
    }

    /** The model's confidence in a caption it is sure of, and in one it is unsure of ("@? "). */
    private static final double SURE = 0.9;
    private static final double UNSURE = 0.3;

    @Test
    void everyWrittenDownScreenIsSaidAsWrittenDown() throws Exception {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (String set : SETS) {
            for (Case c : cases(set)) {
                String said = said(c.caption(), c.lines(), c.unsure() ? UNSURE : SURE);
                checked++;
                if (!said.equals(c.said())) {
                    wrong.add(set + ", " + c.name() + ", " + (c.unsure() ? "?" : "") + "\"" + c.caption()
                            + "\":\n  expected " + c.said() + "\n  "
                            + "but was  " + said);
                }
            }
        }
        assertThat(checked).as("screens checked").isGreaterThan(50);
        assertThat(wrong).as("screens said otherwise than written down").isEmpty();
    }

    /** A line's box where it is written at its end: " [12 30 140 18]". */
    private static final Pattern BOX = Pattern.compile("(.*?) \\[(\\d+) (\\d+) (\\d+) (\\d+)]");

    /** What Glance says in the end, briefly, of a screen of {@code lines} where the model says {@code caption}. */
    static String said(String caption, List<String> lines, double confidence) throws CaptionException {
        DescriberTest.ScriptedCaptioner model = new DescriberTest.ScriptedCaptioner(caption, caption, confidence);
        List<TextLine> read = lines.stream().map(l -> {
            Matcher box = BOX.matcher(l);
            return box.matches() ? new TextLine(box.group(1), 0.9f, Integer.parseInt(box.group(2)),
                    Integer.parseInt(box.group(3)), Integer.parseInt(box.group(4)), Integer.parseInt(box.group(5)))
                    : new TextLine(l, 0.9f, 0, 0, 10, 10);
        }).toList();
        try (Describer d = new Describer(model, DescriberTest.reading(read))) {
            return d.describe(DescriberTest.noisyScreen(), DetailLevel.BRIEF, Cancellation.none(),
                    new CaptionListener() { }).best();
        }
    }

    /** The cases of one set, in its order. */
    static List<Case> cases(String set) throws IOException {
        String text;
        try (InputStream in = WrittenDownScreensTest.class.getResourceAsStream("/written-down/" + set)) {
            assertThat(in).as(set).isNotNull();
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Case> cases = new ArrayList<>();
        for (String block : text.split("\\n\\s*\\n")) {
            String name = null;
            List<String> lines = new ArrayList<>();
            String caption = null;
            boolean unsure = false;
            for (String line : block.split("\\n")) {
                if (line.startsWith("# ")) {
                    name = line.substring(2);
                } else if (line.startsWith("@ ") || line.startsWith("@? ")) {
                    unsure = line.startsWith("@? ");
                    caption = line.substring(unsure ? 3 : 2);
                } else if (line.startsWith("= ")) {
                    cases.add(new Case(name, List.copyOf(lines), caption, line.substring(2), unsure));
                } else if (!line.isBlank()) {
                    lines.add(line);
                }
            }
        }
        return cases;
    }
}
