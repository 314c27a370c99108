package app.glance.inference.text;

import app.glance.inference.TextLine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A form to fill in on a page (a sign-up, a job application, a payment), known by the labels of its fields for a
 * person's details, each a line of its own ("First name", "Email", "Card number"), and a button that sends it
 * ("Submit application", "Create account", "Pay £42.99"), or more fields without it. Glance says which fields it asks
 * for: "A form, "Job application". Its fields include First name, Last name, Email, Phone." for a region of a page,
 * and "It shows a form with the fields First name, Last name, Email and Phone." after a browser's page said by its
 * title (written down at stop 43: "Glance cannot tell ..." or the page's title alone). Only labels of this list are
 * named, so the sentence says "include": a form's other fields ("Upload CV") are read in the text.
 */
public final class PageForm {

    /**
     * At least this many distinct fields with a button that sends them make a form (a sign-in's email and password are
     * two), or {@value #FIELDS_ALONE} without it (a region of a page that stops above its button) ...
     */
    static final int MIN_FIELDS = 3;
    static final int FIELDS_ALONE = 4;
    /** ... and at most this many are said. */
    static final int SAID_FIELDS = 6;
    /** A dialog asks for a person's details with this many fields at least. */
    static final int DIALOG_FIELDS = 2;
    private static final int QUOTED_WORDS = 8;
    static final String FORM = "A form";
    static final String SHOWS = "It shows a form with the fields ";

    /** A field's label for a person's details, a line of its own, "*" or ":" after it where it is required. */
    private static final Pattern FIELD = Pattern.compile("(?i)(?:(?:first|last|full|middle|user|company)?\\s*name"
            + "(?:\\s*on\\s*card)?|surname|e-?mail(?:\\s*address)?|(?:confirm\\s*)?password|phone(?:\\s*number)?"
            + "|mobile(?:\\s*number)?|(?:street\\s*)?address(?:\\s*line\\s*[12])?|city|town|county|state|post\\s*code"
            + "|postcode|zip(?:\\s*code)?|country|card\\s*number|expiry(?:\\s*date)?|expiration(?:\\s*date)?|cvc|cvv"
            + "|security\\s*code|date\\s*of\\s*birth|username|message|subject|company|job\\s*title)\\s*[*:]?\\s*\\*?");
    /** A button that sends the form. */
    private static final Pattern SEND = Pattern.compile("(?i)(?:submit(?:\\s*\\w+)?|send(?:\\s*message)?|sign\\s*up"
            + "|register|create\\s*(?:an\\s*)?account|continue(?:\\s+to\\s+\\w+)?|next|pay(?:\\s+now|\\s+\\S+)?"
            + "|place\\s*order|apply(?:\\s*now)?|save|join(?:\\s*now)?|subscribe|check\\s*out)");

    /** A button below a window's form that signs in with what it asks, besides those that send a form. */
    private static final Pattern SIGN_IN = Pattern.compile("(?i)(?:sign|log)\\s*in");
    /** A sentence that says a form or what it asks for already. */
    private static final Pattern ASKS_ALREADY = Pattern.compile("(?i)\\bforms?\\b|\\basks\\b|\\basking\\b"
            + "|sign-in|log-?in");
    /** A heading above a window's form is this many words at most: "Add your email address". */
    private static final int HEADING_WORDS = 8;
    /** ... and begins within this many times its first field's width from that field's left edge. */
    private static final int HEADING_SPAN = 4;

    private PageForm() {
    }

    /** The distinct fields among {@code stripped} lines that this list knows, in reading order, as read. */
    private static List<String> fields(List<String> stripped) {
        List<String> fields = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String line : stripped) {
            if (FIELD.matcher(line).matches() && seen.add(line.replaceAll("[\\s*:]", "").toLowerCase(Locale.ROOT))) {
                fields.add(line.replaceAll("\\s*[*:]+\\s*$", ""));
            }
        }
        return fields;
    }

    /**
     * The fields of the form that the {@code stripped} lines hold: {@value #MIN_FIELDS} of them and a button that
     * sends them, or {@value #FIELDS_ALONE} (a region of a page dragged out above its button, stop 43, captured).
     */
    private static Optional<List<String>> form(List<String> stripped) {
        List<String> fields = fields(stripped);
        boolean sends = stripped.stream().anyMatch(l -> SEND.matcher(l).matches());
        return fields.size() >= MIN_FIELDS && sends || fields.size() >= FIELDS_ALONE ? Optional.of(fields)
                : Optional.empty();
    }

    /**
     * What Glance says of a region of a page that holds a form: "A form, "Job application". Its fields include First
     * name, Last name, Email, Phone.", its heading the first line with a word where it is no field.
     */
    static Optional<String> shown(List<String> lines) {
        List<String> stripped = KindCheck.stripped(lines);
        return form(stripped).map(fields -> {
            String heading = stripped.stream().filter(KindCheck::lettered).findFirst()
                    .filter(h -> !FIELD.matcher(h).matches() && !SEND.matcher(h).matches())
                    .map(h -> ", \"" + KindCheck.quote(h, QUOTED_WORDS) + "\"").orElse("");
            List<String> said = fields.subList(0, Math.min(fields.size(), SAID_FIELDS));
            return FORM + heading + ". Its fields include " + String.join(", ", said) + ".";
        });
    }

    /**
     * What Glance says of a dialog that asks for a person's details: {@value #DIALOG_FIELDS} fields or more of this
     * list, then its buttons, with its first line as its title and the last line above its fields as its message
     * where that is another: "A dialog, "Add a contact", asks for First name, Last name and Phone.", "A dialog, "New
     * entry", says "Register for the event" and asks for ..." (zenity's form had been "A dialog. The text on it begins
     * "Add a contact".", stop 44, captured).
     */
    public static Optional<String> dialog(List<String> lines) {
        List<String> stripped = KindCheck.stripped(lines);
        List<String> fields = fields(stripped);
        if (fields.size() < DIALOG_FIELDS || !KindCheck.dialogShaped(stripped)) {
            return Optional.empty();
        }
        // its title, its first line; and its message, the last line above its first field, where that is another
        List<String> above = stripped.subList(0, stripped.indexOf(stripped.stream().filter(l -> FIELD.matcher(l)
                .matches()).findFirst().orElseThrow())).stream().filter(KindCheck::lettered).toList();
        Optional<String> title = above.stream().findFirst()
                .filter(h -> KindCheck.wordCount(h) <= KindCheck.TITLE_WORDS);
        String message = above.size() < 2 || title.isEmpty() ? "" : " says \"" + KindCheck.quote(above.get(
                above.size() - 1), QUOTED_WORDS) + "\" and";
        List<String> named = fields.subList(0, Math.min(fields.size(), SAID_FIELDS));
        return Optional.of("A dialog" + title.map(t -> ", \"" + KindCheck.quote(t, QUOTED_WORDS) + "\",").orElse("")
                + message + " asks for " + KindCheck.joined(named) + ".");
    }

    /**
     * What Glance adds after {@code said}, a browser's page said by its title, where all of the screen's text,
     * {@code lines}, holds a form: "It shows a form with the fields Name, Email and Password." Not after another
     * window's sentence: a spreadsheet's or a file manager's columns may be the same words.
     */
    public static Optional<String> onScreen(List<String> lines, String said) {
        if (!said.startsWith(BrowserFrame.BROWSER)) {
            return Optional.empty();
        }
        return form(KindCheck.stripped(lines)).map(fields -> {
            List<String> named = fields.subList(0, Math.min(fields.size(), SAID_FIELDS));
            return SHOWS + KindCheck.joined(named) + (fields.size() > named.size() ? ", among others." : ".");
        });
    }

    /**
     * What Glance adds after a window's sentence, {@code said} (an application's by its title, a dialog), where the
     * screen's text, {@code lines}, holds a form: {@value #DIALOG_FIELDS} fields or more of this list, each below the
     * last (a table's or a spreadsheet's headings side by side are none), a button below them that sends it or signs
     * in, and its heading where one is above them: "It shows a form, "Add your email address", asking for Full name
     * and Email address." (Thunderbird's account setup over its window was its title alone, stop 48, captured). Not
     * after a browser's page ({@link #onScreen}) nor after a sentence that names a form or what is asked already.
     */
    public static Optional<String> inWindow(List<TextLine> lines, String said) {
        if (said.startsWith(BrowserFrame.BROWSER) || ASKS_ALREADY.matcher(said).find()) {
            return Optional.empty();
        }
        List<TextLine> fieldLines = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TextLine line : lines) {
            String text = line.text().strip();
            if (FIELD.matcher(text).matches() && seen.add(text.replaceAll("[\\s*:]", "").toLowerCase(Locale.ROOT))) {
                if (!fieldLines.isEmpty() && line.y() < last(fieldLines).y() + last(fieldLines).height()) {
                    return Optional.empty(); // beside another: a table's headings
                }
                fieldLines.add(line);
            }
        }
        if (fieldLines.size() < DIALOG_FIELDS) {
            return Optional.empty();
        }
        TextLine lowest = last(fieldLines);
        boolean sends = lines.stream().filter(l -> l.y() > lowest.y()).map(l -> l.text().strip())
                .anyMatch(l -> SEND.matcher(l).matches() || SIGN_IN.matcher(l).matches());
        if (!sends) {
            return Optional.empty();
        }
        TextLine top = fieldLines.get(0);
        Optional<String> heading = lines.stream().filter(l -> l.y() + l.height() <= top.y()
                        && l.x() + l.width() >= top.x() && l.x() <= top.x() + HEADING_SPAN * top.width())
                .max(Comparator.comparingInt(TextLine::y)).map(l -> l.text().strip())
                .filter(h -> KindCheck.lettered(h) && KindCheck.wordCount(h) <= HEADING_WORDS
                        && !FIELD.matcher(h).matches() && !SEND.matcher(h).matches() && !SIGN_IN.matcher(h).matches());
        List<String> named = fieldLines.stream().limit(SAID_FIELDS)
                .map(l -> l.text().strip().replaceAll("\\s*[*:]+\\s*$", "")).toList();
        return Optional.of("It shows a form" + heading.map(h -> ", \"" + KindCheck.quote(h, QUOTED_WORDS) + "\",")
                .orElse("") + " asking for " + KindCheck.joined(named) + ".");
    }

    private static TextLine last(List<TextLine> lines) {
        return lines.get(lines.size() - 1);
    }
}
