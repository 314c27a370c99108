package app.glance.inference;

/** How much to say: the brief caption spoken first, or the detailed description asked for with "more detail". */
public enum DetailLevel {
    BRIEF("brief"), DETAILED("detailed");

    private final String key;

    DetailLevel(String key) {
        this.key = key;
    }

    /** The key of this level's prompt in the manifest. */
    public String key() {
        return key;
    }
}
