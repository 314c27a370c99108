package app.glance.app;

import app.glance.inference.CaptionException;
import app.glance.inference.CaptionListener;
import app.glance.inference.Cancellation;
import app.glance.inference.Description;
import app.glance.inference.DetailLevel;
import app.glance.inference.ImageOrigin;
import app.glance.inference.RgbImage;
import app.glance.inference.RuntimeOptions;
import app.glance.inference.TextLine;
import app.glance.speech.Priority;
import app.glance.speech.Speaker;
import app.glance.speech.SpeechException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code glance describe [--json] [--detail] [--speak] [--wav FILE] [--model DIR] [--no-ocr] [--decoding greedy|beam]
 * [--providers DirectML,CUDA,CoreML,CPU] IMAGE...}
 *
 * <p>With {@code --json}, one object per line:
 * {@code {"file", "model", "provider", "level", "initial", "refined", "text": [..], "timings_ms": {..}}}.
 * This shape is a public contract: later versions add keys but never remove or rename one.
 * A file that cannot be described gives one line on stderr; the others are still described; the exit code is 1.
 */
final class DescribeCommand {

    private DescribeCommand() {
    }

    record Options(boolean json, DetailLevel level, boolean speak, Path wav, Path model, boolean ocr,
                   RuntimeOptions runtime, List<Path> files) {
    }

    static Options parse(List<String> args) throws Main.UsageException {
        boolean json = false;
        boolean speak = false;
        boolean ocr = true;
        DetailLevel level = DetailLevel.BRIEF;
        Path wav = null;
        Path model = null;
        RuntimeOptions runtime = RuntimeOptions.defaults(Glance.THREADS);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--json" -> json = true;
                case "--detail" -> level = DetailLevel.DETAILED;
                case "--speak" -> speak = true;
                case "--no-ocr" -> ocr = false;
                case "--wav" -> wav = Path.of(value(args, ++i, a));
                case "--model" -> model = Path.of(value(args, ++i, a));
                case "--decoding", "--providers" -> runtime = Main.runtimeOption(runtime, a, value(args, ++i, a));
                default -> {
                    if (a.startsWith("--")) {
                        throw new Main.UsageException("unknown option " + a);
                    }
                    files.add(Path.of(a));
                }
            }
        }
        if (files.isEmpty()) {
            throw new Main.UsageException("describe needs at least one image file");
        }
        return new Options(json, level, speak, wav, model, ocr, runtime, List.copyOf(files));
    }

    private static String value(List<String> args, int i, String option) throws Main.UsageException {
        if (i >= args.size()) {
            throw new Main.UsageException(option + " needs a value");
        }
        return args.get(i);
    }

    static int run(List<String> args, PrintStream out, PrintStream err) throws Main.UsageException {
        Options o = parse(args);
        int failures = 0;
        List<String> spoken = new ArrayList<>();
        try (Glance glance = Glance.open(o.model(), o.ocr(), o.speak() || o.wav() != null, o.runtime(), err)) {
            for (Path file : o.files()) {
                try {
                    RgbImage image = ImageFiles.read(file);
                    Description d = glance.describer().describe(image, ImageOrigin.UNKNOWN, o.level(),
                            Cancellation.none(), CaptionListener.NONE);
                    out.println(o.json() ? json(file, o.level(), d) : text(file, d, o.files().size() > 1));
                    out.flush();
                    spoken.add(d.best());
                } catch (ImageFiles.BadImageException e) {
                    err.println("glance: " + e.getMessage());
                    failures++;
                } catch (CaptionException e) {
                    err.println("glance: " + file + ": " + e.getMessage());
                    failures++;
                }
            }
            if (!spoken.isEmpty()) {
                failures += speech(glance.speaker(), o, String.join(" ", spoken), err);
            }
        }
        return failures == 0 ? 0 : 1;
    }

    private static int speech(Speaker speaker, Options o, String text, PrintStream err) {
        int failures = 0;
        if (o.wav() != null) {
            try {
                speaker.writeWav(text, o.wav());
            } catch (SpeechException e) {
                err.println("glance: " + e.getMessage());
                failures++;
            }
        }
        if (o.speak()) {
            if (!speaker.audioAvailable()) {
                err.println("glance: no sound device, so the description is printed only"
                        + (o.wav() == null ? " (use --wav FILE to save the speech)." : "."));
            } else {
                speaker.speak(text, Priority.NOW);
                speaker.awaitIdle(Duration.ofMinutes(2));
            }
        }
        return failures;
    }

    static String text(Path file, Description d, boolean named) {
        StringBuilder b = new StringBuilder();
        if (named) {
            b.append(file).append(":\n");
        }
        b.append(d.best());
        if (!d.text().isEmpty()) {
            b.append("\nText on screen:");
            for (TextLine l : d.text()) {
                b.append("\n  ").append(l.text());
            }
        }
        return b.toString();
    }

    static String json(Path file, DetailLevel level, Description d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file.toString());
        m.put("model", d.modelId());
        m.put("provider", d.provider());
        m.put("level", level.key());
        m.put("initial", d.initial());
        m.put("refined", d.refined());
        m.put("text", d.text().stream().map(TextLine::text).toList());
        Map<String, Long> t = new LinkedHashMap<>();
        t.put("total", d.timings().totalMs());
        t.put("pass1", d.timings().pass1Ms());
        t.put("ser", d.timings().serMs());
        t.put("pass2", d.timings().pass2Ms());
        t.put("ocr", d.timings().ocrMs());
        t.put("preprocess", d.timings().preprocessMs());
        t.put("vision", d.timings().visionMs());
        m.put("timings_ms", t);
        try {
            return new ObjectMapper().writeValueAsString(m);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
