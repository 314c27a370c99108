package app.glance.inference;

/** The two captions of one image with their token ids and stage timings; {@code cancelled} if stopped early. */
public record CaptionResult(String initial, String refined, int[] initialIds, int[] refinedIds,
                            double initialConfidence, double refinedConfidence, Timings timings, boolean cancelled) {
}
