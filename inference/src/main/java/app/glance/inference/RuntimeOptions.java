package app.glance.inference;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How the captioner runs: intra-op threads, the execution providers to try in order (the first that works is used;
 * "CPU" always works), and the decoding ("greedy" or "beam"; empty = what the model package's manifest says).
 */
public record RuntimeOptions(int threads, List<String> providers, Optional<String> decoding) {

    /** The providers Glance knows, in the default order: a GPU or NPU where there is one, else the CPU. */
    public static final List<String> DEFAULT_PROVIDERS = List.of("DirectML", "CUDA", "CoreML", "CPU");

    public RuntimeOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        providers = List.copyOf(providers);
        for (String p : providers) {
            if (DEFAULT_PROVIDERS.stream().noneMatch(k -> k.equalsIgnoreCase(p))) {
                throw new IllegalArgumentException("unknown execution provider \"" + p + "\"; Glance knows "
                        + String.join(", ", DEFAULT_PROVIDERS));
            }
        }
        if (providers.isEmpty()) {
            throw new IllegalArgumentException("the execution provider list is empty");
        }
        decoding = decoding.map(d -> d.toLowerCase(Locale.ROOT));
        if (decoding.isPresent() && !List.of("greedy", "beam").contains(decoding.get())) {
            throw new IllegalArgumentException("decoding must be \"greedy\" or \"beam\", not \"" + decoding.get()
                    + "\"");
        }
    }

    public static RuntimeOptions defaults(int threads) {
        return new RuntimeOptions(threads, DEFAULT_PROVIDERS, Optional.empty());
    }

    public RuntimeOptions withDecoding(String strategy) {
        return new RuntimeOptions(threads, providers, Optional.of(strategy));
    }

    public RuntimeOptions withProviders(List<String> chain) {
        return new RuntimeOptions(threads, chain, decoding);
    }
}
