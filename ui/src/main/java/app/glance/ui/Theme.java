package app.glance.ui;

/** The colour schemes of the large-print window. Each one keeps text contrast at 15:1 or better. */
public enum Theme {
    YELLOW_ON_BLACK("theme-yellow", "High contrast, yellow on black"),
    WHITE_ON_BLACK("theme-dark", "Dark, white on black"),
    BLACK_ON_WHITE("theme-light", "Light, black on white");

    private final String styleClass;
    private final String spokenName;

    Theme(String styleClass, String spokenName) {
        this.styleClass = styleClass;
        this.spokenName = spokenName;
    }

    /** The CSS style class put on the scene's root. */
    public String styleClass() {
        return styleClass;
    }

    /** A short name for status lines and speech, e.g. "Dark, white on black". */
    public String spokenName() {
        return spokenName;
    }

    /** The theme after this one, wrapping round. */
    public Theme next() {
        Theme[] all = values();
        return all[(ordinal() + 1) % all.length];
    }
}
