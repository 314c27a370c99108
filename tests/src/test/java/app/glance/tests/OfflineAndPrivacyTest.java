package app.glance.tests;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10's offline and privacy evidence, from one real run of {@code glance describe} (bundled model, OCR, INFO
 * logging) in a child JVM under strace, with a fresh home folder and a screen full of known words:
 * <ul>
 *   <li>no socket is connected, bound or sent to outside the machine (the JDK's networking library opens and closes
 *       two probe sockets when it loads; nothing uses them);</li>
 *   <li>every file or folder written lies in Glance's cache or config folder or in the run's private temporary
 *       folders (nothing such as ~/.cache/JNA, ~/.javacpp or ~/.cache/Microsoft appears);</li>
 *   <li>the logs (INFO and above) never contain the screen's words, while the JSON result does (so they were
 *       read).</li>
 * </ul>
 */
@EnabledOnOs(OS.LINUX)
class OfflineAndPrivacyTest {

    /** Words no log line could contain by chance; rendered large so OCR reads them. */
    static final List<String> SECRET_WORDS = List.of("Quokka", "Zanzibar", "Marzipan", "Tangerine");

    static Path home;
    static Path temp;
    static Path trace;
    static String out;
    static String err;
    static int exit;

    @BeforeAll
    static void runUnderStrace(@TempDir Path dir) throws Exception {
        home = Files.createDirectories(dir.resolve("home"));
        temp = Files.createDirectories(dir.resolve("tmp"));
        trace = dir.resolve("strace.txt");
        Path screen = dir.resolve("screen.png");
        ImageIO.write(secretScreen(), "png", screen.toFile());
        List<String> cmd = new ArrayList<>(List.of("strace", "-f", "-qq", "-e", "signal=none",
                "-e", "trace=socket,connect,bind,sendto,sendmsg,open,openat,creat,mkdir,mkdirat,rename,renameat,"
                        + "renameat2,link,linkat,symlink,symlinkat",
                "-o", trace.toString(),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:-UsePerfData",
                "-Duser.home=" + home, "-Djava.io.tmpdir=" + temp, "-Dglance.home=" + GlanceCli.ROOT,
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
                "-cp", System.getProperty("java.class.path"), "app.glance.app.Main", "describe", "--json",
                screen.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        Map<String, String> env = pb.environment();
        env.put("HOME", home.toString());
        env.keySet().removeIf(k -> k.startsWith("XDG_"));
        pb.redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new AssertionError("strace is needed for this test (apt-get install strace; ./glance test does)", e);
        }
        assertThat(p.waitFor(240, TimeUnit.SECONDS)).as("glance describe finished").isTrue();
        exit = p.exitValue();
        out = Files.readString(dir.resolve("out.txt"));
        err = Files.readString(dir.resolve("err.txt"));
    }

    static BufferedImage secretScreen() {
        BufferedImage img = new BufferedImage(1000, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1000, 600);
        g.setColor(new Color(40, 80, 160));
        g.fillRect(0, 0, 1000, 50);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 34));
        int y = 140;
        for (String w : SECRET_WORDS) {
            g.drawString(w + " delivery list", 60, y);
            y += 100;
        }
        g.dispose();
        return img;
    }

    @Test
    void theRunDescribedTheScreen() {
        assertThat(exit).as(err).isZero();
        assertThat(out).contains("\"refined\"");
        long read = SECRET_WORDS.stream().filter(out::contains).count();
        assertThat(read).as("OCR read the known words, so the logs had the chance to leak them: " + out)
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void noSocketReachesTheNetwork() throws IOException {
        List<String> calls = Files.readAllLines(trace, StandardCharsets.UTF_8);
        List<String> network = calls.stream()
                .filter(l -> l.matches("^\\d+\\s+(connect|bind|sendto|sendmsg)\\(.*"))
                .filter(l -> l.contains("AF_INET") || l.contains("AF_PACKET") || l.contains("AF_NETLINK"))
                .toList();
        assertThat(network).as("network system calls").isEmpty();
        List<String> unixPeers = calls.stream().filter(l -> l.matches("^\\d+\\s+connect\\(.*AF_UNIX.*"))
                .map(l -> l.replaceAll(".*sun_path=\"([^\"]*)\".*", "$1")).distinct().toList();
        assertThat(unixPeers).as("local sockets: only the name service cache (and X11 or audio when present)")
                .allMatch(p -> p.startsWith("/var/run/nscd/") || p.startsWith("/run/nscd/")
                        || p.startsWith("/tmp/.X11-unix/") || p.contains("pulse") || p.contains("pipewire"));
    }

    /** Paths created or opened for writing by a successful call. */
    static List<String> writtenPaths() throws IOException {
        Pattern open = Pattern.compile(
                "^\\d+\\s+(?:open|openat|creat)\\((?:AT_FDCWD, |\\d+, )?\"([^\"]+)\", ([A-Z_|]+).*= (\\d+)");
        Pattern other = Pattern.compile("^\\d+\\s+(?:mkdir|mkdirat|rename|renameat2?|link|linkat|symlink|symlinkat)"
                + "\\(.*\"([^\"]+)\"[^\"]*= 0$");
        List<String> paths = new ArrayList<>();
        for (String line : Files.readAllLines(trace, StandardCharsets.UTF_8)) {
            Matcher m = open.matcher(line);
            if (m.find() && (m.group(2).contains("O_WRONLY") || m.group(2).contains("O_RDWR")
                    || m.group(2).contains("O_CREAT"))) {
                paths.add(m.group(1));
                continue;
            }
            Matcher o = other.matcher(line);
            if (o.find()) {
                paths.add(o.group(1));
            }
        }
        return paths;
    }

    @Test
    void nothingIsWrittenOutsideGlancesFolders() throws IOException {
        List<String> written = writtenPaths();
        assertThat(written).as("the trace saw the caches being written").isNotEmpty();
        String cache = home.resolve(".cache/glance").toString();
        String config = home.resolve(".config/glance").toString();
        List<String> outside = written.stream()
                .filter(p -> !(p.startsWith(cache) || p.startsWith(config) || p.startsWith(temp.toString())
                        || p.equals("/dev/null") || p.equals("/dev/tty")
                        || p.startsWith("/proc/self/") || p.matches("/proc/\\d+/.*")
                        // the folders above the cache, when they did not exist yet
                        || cache.startsWith(p) || config.startsWith(p)))
                .distinct().toList();
        assertThat(outside).as("written outside Glance's folders").isEmpty();
        try (Stream<Path> all = Files.walk(home)) {
            assertThat(all.map(home::relativize).map(Path::toString).filter(s -> !s.isEmpty()))
                    .as("what the run left in the home folder")
                    .allMatch(s -> s.equals(".cache") || s.startsWith(".cache/glance")
                            || s.equals(".config") || s.startsWith(".config/glance"));
        }
    }

    @Test
    void nothingIsLeftInTheTemporaryFolder() throws IOException {
        // ONNX Runtime copies its native libraries into a folder of its own there, and left it behind on every run
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("left in java.io.tmpdir").isEmpty();
        }
    }

    @Test
    void logsNeverContainWhatWasOnScreen() {
        List<String> logLines = err.lines().filter(l -> l.startsWith("[")).toList();
        assertThat(logLines).as("INFO logging was on").anyMatch(l -> l.contains("[INFO]"));
        for (String word : SECRET_WORDS) {
            assertThat(err).as("stderr (logs and native chatter) must not contain '" + word + "'")
                    .doesNotContainIgnoringCase(word);
        }
    }
}
