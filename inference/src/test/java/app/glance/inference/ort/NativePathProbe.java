package app.glance.inference.ort;

import app.glance.inference.CaptionListener;
import app.glance.inference.CaptionResult;
import app.glance.inference.Cancellation;
import app.glance.inference.DetailLevel;
import app.glance.inference.ModelPackage;
import app.glance.inference.RgbImage;
import app.glance.inference.RuntimeOptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Run in a child JVM by {@link NativePathSwapTest}: captions the tiny package's fixture and prints the initial ids,
 * the provider and the ONNX Runtime library this process mapped (from /proc/self/maps).
 */
public final class NativePathProbe {

    private NativePathProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        byte[] raw = Files.readAllBytes(dir.resolve("fixture.rgb"));
        int w = Integer.parseInt(args[1]);
        int h = Integer.parseInt(args[2]);
        int[] rgb = new int[w * h];
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = (raw[3 * i] & 0xFF) << 16 | (raw[3 * i + 1] & 0xFF) << 8 | (raw[3 * i + 2] & 0xFF);
        }
        List<String> lines = Arrays.asList(args).subList(3, args.length);
        try (OrtCaptioner c = OrtCaptioner.open(ModelPackage.open(dir.resolve("model")), RuntimeOptions.defaults(1))) {
            CaptionResult r = c.caption(new RgbImage(w, h, rgb), lines, () -> lines, DetailLevel.BRIEF,
                    Cancellation.none(), CaptionListener.NONE);
            System.out.println("ids=" + Arrays.toString(r.initialIds()));
            System.out.println("provider=" + c.provider());
        }
        for (String line : Files.readAllLines(Path.of("/proc/self/maps"))) {
            if (line.endsWith("/libonnxruntime.so")) {
                System.out.println("lib=" + line.substring(line.indexOf('/')));
                break;
            }
        }
    }
}
