package app.glance.inference.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Screens that stop the user and ask something of them, known by their own lines whatever window the model took them
 * for: an incoming call ("Ann Lee is calling you", "Accept", "Decline"), a CAPTCHA ("I'm not a robot", "reCAPTCHA"), a
 * request for a one-time code ("We sent a 6-digit code to ***-***-1234"), a program that stopped ("Microsoft Word is
 * not responding"), a meeting invitation ("Accept", "Tentative", "Decline"; since stop 50). Each was "Glance cannot
 * tell what kind of window this is.", "A dialog. The text on it begins ..." or the model's "A calculator." (written
 * down at stop 43).
 * The lines are in reading order. Where a page or a window said otherwise holds one of them, or a form's complaint
 * about what was typed ("Wrong password. Try again ..."), it is added after what was said ({@link #onScreen}).
 */
public final class Interruptions {

    /** How Glance's sentences begin, for what says them and for the corrections' pattern. */
    static final String CALL = "An incoming call";
    static final String CAPTCHA = "A CAPTCHA check";
    static final String CODE = "A request for a one-time code";
    static final String FAILED = "An alert about a program";
    static final String PERMISSION = "A request for permission";
    static final String SESSION = "A warning that the session is ending";
    static final String APPROVE = "A request to approve a sign-in";
    static final String INVITATION = "A meeting invitation";
    /** How an addition of one of these screens begins ({@link #onScreen}), and what its sentences begin with. */
    static final String SHOWS = "It shows ";
    private static final Pattern STARTS = Pattern.compile(Pattern.quote(CALL) + "|" + Pattern.quote(CAPTCHA) + "|"
            + Pattern.quote(CODE) + "|" + Pattern.quote(FAILED) + "|" + Pattern.quote(PERMISSION)
            + "|" + Pattern.quote(SESSION) + "|" + Pattern.quote(APPROVE) + "|" + Pattern.quote(INVITATION));
    /** A form's field for what a person types to sign in or sign up, its label a line of its own. */
    private static final Pattern FIELD = Pattern.compile("(?i)(?:enter\\s*(?:your\\s*)?)?(?:e-?mail(?:\\s*address)?"
            + "|password|pin|username|user\\s*name|customer\\s*id|phone(?:\\s*number)?|card\\s*number|(?:first|last"
            + "|full)?\\s*name|e-?mail\\s*or\\s*phone)\\s*:?");
    /**
     * Words that say what was typed is wrong, for a form's complaint here and a sign-in screen's message
     * ({@link KindCheck}): "Wrong password", "is incorrect", "isn't right", "doesn't match", "not recognised".
     */
    static final String WRONG_ENTRY = "wrong|incorrect|invalid|isn['\u2019]?t\\s*(?:right|correct)"
            + "|doesn['\u2019]?t\\s*match|not\\s*recogni[sz]ed";
    /** A form's complaint about what was typed, a sentence of its own. */
    private static final Pattern COMPLAINT = Pattern.compile("(?i)(?:.*\\b(?:" + WRONG_ENTRY
            + "|isn['\u2019]?t\\s*valid|(?:do\\s*not|don['\u2019]?t)\\s*match)\\b.*"
            + "|.*\\bis\\s*required|please\\s*enter\\s*(?:a\\s*valid|your)\\b.*|please\\s*fill\\s*(?:out|in)\\s*this"
            + "\\s*field"
            + "|.*\\bmust\\s*(?:be|contain|have|include)\\b.*)[.!]");
    /**
     * A form's summary of what it could not take, above its fields: "Please correct the 2 errors below", "There is a
     * problem", "Please fix the following errors:".
     */
    private static final Pattern ERROR_SUMMARY = Pattern.compile("(?i)(?:please\\s*)?(?:correct|fix)\\s*the\\s*"
            + "(?:\\d+\\s*|following\\s*)?(?:errors?|problems?|fields?)(?:\\s*below)?\\W{0,2}"
            + "|there\\s*(?:is|was|are|were)\\s*(?:a\\s*)?problems?(?:\\s*with\\s*.{0,40})?\\W{0,2}"
            + "|\\d+\\s*errors?\\s*(?:below|found|on\\s*this\\s*page)\\W{0,2}");
    /**
     * Under a summary ({@link #ERROR_SUMMARY}), a field's complaint without a full stop: "Enter a valid email
     * address", "Enter a real postcode", "Enter your date of birth", "Password must be at least 8 characters", "This
     * field is required". Without a summary such a line
     * may be a hint that was there before anything was typed.
     */
    private static final Pattern FIELD_ERROR = Pattern.compile("(?i)(?:enter\\s*(?:a\\s*(?:valid|real)|your)\\b.*"
            + "|.*\\bis\\s*required|.*\\b(?:must|should)\\s*(?:be|contain|have|include|match)\\b.*"
            + "|.*\\b(?:" + WRONG_ENTRY + ")\\b.*)[.!]?");
    /** Under a summary, at most this many complaints are said. */
    private static final int FIELD_ERRORS = 3;
    /** A complaint has at most this many words; at most this many are said. */
    private static final int COMPLAINT_WORDS = 20;
    private static final int COMPLAINTS = 2;
    /** At most this many of its choices are said. */
    private static final int CHOICES = 4;
    /** At most this many words of a line are quoted. */
    private static final int QUOTED_WORDS = 12;
    /** The caller's name is within this many lines below "Incoming call". */
    private static final int CALLER_WITHIN = 2;

    /** "Ann Lee is calling you", "Sam Park is calling...": the caller first. */
    private static final Pattern CALLING = Pattern.compile("(?i)(.+?)\\s+is\\s*calling(?:\\s*you)?\\s*[.\u2026]*");
    /** "Incoming call", "Incoming video call", "Incoming voice call". */
    private static final Pattern INCOMING = Pattern.compile("(?i)incoming\\s*(?:video\\s*|voice\\s*|audio\\s*)?call");
    /** Its buttons: one answers, one declines. */
    private static final Pattern ANSWER = Pattern.compile("(?i)accept(?:\\s*with\\s*(?:video|audio))?|answer|pick\\s*up"
            + "|join");
    private static final Pattern DECLINE = Pattern.compile("(?i)decline|reject|ignore|dismiss|hang\\s*up");
    /**
     * A meeting invitation's answers, each a line of its own (an arrow for its menu after it: "Accept \u25be"): one to
     * accept, one to say maybe ({@link #MAYBE}), one to decline.
     */
    private static final Pattern RSVP = Pattern.compile("(?i)\\W{0,2}\\s*(accept|tentative|maybe|decline)\\s*\\W{0,2}");
    private static final Pattern MAYBE = Pattern.compile("(?i)tentative|maybe");
    /** When the meeting is: "When: Monday, December 7, 2026 10:00 AM-11:00 AM". */
    private static final Pattern WHEN = Pattern.compile("(?i)when\\s*:\\s*(\\S.*)");
    /** What the call is, never a caller's name: "Video call", "Microsoft Teams". */
    private static final Pattern CALL_KIND = Pattern.compile("(?i)(?:video|voice|audio)\\s*call|(?:microsoft\\s*)?teams"
            + "|zoom|skype|whatsapp|facetime|slack|discord|google\\s*meet");
    /** A CAPTCHA's own lines, each a whole line: its box, its name, its challenge. */
    private static final Pattern CAPTCHA_BOX = Pattern.compile("(?i)i['\u2019]?\\s*m\\s*not\\s*a\\s*robot"
            + "|verify\\s*(?:that\\s*)?you\\s*are\\s*(?:a\\s*)?human|(?:re|h)\\s*captcha");
    private static final Pattern CHALLENGE = Pattern.compile("(?i)select\\s*all\\s*(?:images|squares|pictures)\\s*"
            + "(?:with|containing)\\b.*");
    /**
     * A one-time code's message: "We sent a 6-digit code to ...", "We've emailed a verification code to ...", "A text
     * message with a 6-digit verification code was just sent to ...".
     */
    private static final Pattern CODE_SENT = Pattern.compile("(?i).*\\b(?:sent|texted|emailed|e-mailed)\\b.*\\bcode\\s+"
            + "to\\b.*|.*\\bcode\\b.*\\b(?:sent|texted|emailed|e-mailed)\\s+to\\b.*");
    /** Its heading: "Enter the code", "Enter your verification code", "Enter the 6-digit code". */
    private static final Pattern ENTER_CODE = Pattern.compile("(?i)enter\\s*(?:the|your|a)?\\s*"
            + "(?:\\d\\s*-?\\s*digit\\s*)?(?:verification\\s*|security\\s*|sign-?\\s*in\\s*|one-?\\s*time\\s*"
            + "|confirmation\\s*|login\\s*)?code\\s*[.:]?");
    /** Below its heading, a button that sends the code or asks for another. */
    private static final Pattern CODE_BUTTON = Pattern.compile("(?i)verify|confirm|submit|next|continue"
            + "|resend\\s*(?:the\\s*)?code|send\\s*(?:a\\s*)?new\\s*code"
            + "|didn['\u2019]t\\s*(?:get|receive)\\s*(?:a|the)?\\s*code\\s*\\??");

    /**
     * A program that stopped, said by the system, a line of its own of at most 10 words: "Microsoft Word is not
     * responding", "Firefox quit unexpectedly.", "Ubuntu 24.04 has experienced an internal error", "Calculator can't
     * open.".
     */
    private static final Pattern STOPPED = Pattern.compile("(?i)(?=(?:\\S+\\s+){0,9}\\S+$)\\S.*?\\s(?:(?:is\\s*not"
            + "|isn['\u2019]?t)\\s*responding|(?:has\\s*)?(?:stopped\\s*(?:working|responding)|quit\\s*unexpectedly"
            + "|closed\\s*unexpectedly|crashed|experienced\\s*an\\s*internal\\s*error)|(?:can['\u2019]?t|cannot"
            + "|couldn['\u2019]?t|could\\s*not)\\s*(?:open|start)|failed\\s*to\\s*start)[.!]?");
    /** What the system offers then, each a line of its own. */
    private static final Pattern CHOICE = Pattern.compile("(?i)close\\s*the\\s*program|wait\\s*for\\s*the\\s*program"
            + "\\s*to\\s*respond|restart\\s*the\\s*program|end\\s*task|wait|reopen|ignore|report\\s*\\W*|force\\s*quit"
            + "|(?:don['\u2019]?t\\s*)?send(?:\\s*report)?|close(?:\\s*program|\\s*app)?|show\\s*details");

    /**
     * Windows' User Account Control, its question a line of its own: "Do you want to allow this app to make changes to
     * your device?", "... this app from an unknown publisher to make changes to your device?".
     */
    private static final Pattern UAC = Pattern.compile("(?i)do\\s*you\\s*want\\s*to\\s*allow\\s*this\\s*app\\b.*?"
            + "\\bto\\s*make\\s*changes\\s*to\\s*your\\s*(?:device|pc|computer)\\s*\\??");
    /** Its publisher, below the program's name: "Verified publisher: Microsoft Windows", "Publisher: Unknown". */
    private static final Pattern PUBLISHER = Pattern.compile("(?i)((?:verified\\s*)?publisher)\\s*:\\s*(\\S.*)");
    /** Its other lines, never the program's name. */
    private static final Pattern UAC_OWN = Pattern.compile("(?i)user\\s*account\\s*control|show\\s*(?:more|less)\\s*"
            + "details|file\\s*origin\\s*:.*|yes|no|change\\s*when\\s*these\\s*notifications\\s*appear");
    private static final Pattern YES_NO = Pattern.compile("(?i)yes|no");
    /**
     * A system asking for a password to let a program do something, a line of its own of at most 12 words: macOS's
     * "Installer wants to make changes.", GNOME's and KDE's "Authentication is required to install software".
     */
    private static final Pattern WANTS = Pattern.compile("(?i)(?=(?:\\S+\\s+){0,11}\\S+$)\\S.*?\\swants\\s*to\\s*"
            + "(?:make\\s*changes|install|modify|unlock|change|add|remove|use\\s*your\\s*password)\\b.*"
            + "|(?=(?:\\S+\\s+){0,11}\\S+$)authentication\\s*(?:is\\s*)?(?:required|needed)\\s*to\\s*\\S.*");
    /** Below it, a field for the password or a line that asks for it. */
    private static final Pattern PASSWORD = Pattern.compile("(?i)password\\s*:?|enter\\s*(?:your|an\\s*"
            + "administrator['\u2019]?s?)\\s*(?:name\\s*and\\s*)?password\\b.*");

    /** A site asking for a permission, its name on a line of its own: "example.com wants to", "maps.app wants to:". */
    private static final Pattern SITE_WANTS = Pattern.compile("(?i)((?:[a-z0-9-]+\\.)+[a-z]{2,})\\s*wants\\s*to\\s*:?");
    /** What it asks for, the next line: "Show notifications", "Know your location", "Use your camera". */
    private static final Pattern SITE_ASK = Pattern.compile("(?i)(?:show\\s*notifications|know\\s*your\\s*location"
            + "|use\\s*your\\s*(?:camera|microphone|location)|see\\s*text\\s*and\\s*images\\s*copied\\s*to\\s*the"
            + "\\s*clipboard|download\\s*multiple\\s*files|access\\s*\\S.*)");
    /**
     * A phone's or a Mac's question for an app: "Allow "Maps" to use your location?", "Allow Zoom to access your
     * microphone?".
     */
    private static final Pattern ALLOW_APP = Pattern.compile("(?i)allow\\s*[\"\u201c\u201d']?(.+?)[\"\u201c\u201d']?"
            + "\\s+to\\s+((?:use|access|send|record|find|connect|track)\\b.*?)\\s*\\??");
    /** Their answers, each a line of its own. */
    private static final Pattern ALLOW_OR_NOT = Pattern.compile("(?i)allow(?:\\s*(?:once|this\\s*time"
            + "|on\\s*every\\s*visit|while\\s*using\\s*(?:the\\s*)?app))?|block|never\\s*allow"
            + "|don['\u2019]?t\\s*allow|deny");

    /**
     * A warning that a session ends for want of activity, a line of its own: "Your session is about to expire", "You
     * will be signed out in 2 minutes due to inactivity.", "Are you still there?".
     */
    private static final Pattern SESSION_ENDING = Pattern.compile("(?i)(?:your\\s*)?session\\s*(?:is\\s*about\\s*to"
            + "|will)\\s*(?:expire|end|time\\s*out)\\b.*"
            + "|(?:your\\s*)?session\\s*(?:is\\s*)?(?:expiring|timing\\s*out)\\b.*"
            + "|you\\s*will\\s*be\\s*(?:signed|logged)\\s*out\\b.*|are\\s*you\\s*still\\s*there\\s*\\??");
    /** Its buttons, each a line of its own. */
    private static final Pattern STAY = Pattern.compile("(?i)stay\\s*(?:signed|logged)\\s*in"
            + "|keep\\s*me\\s*(?:signed|logged)\\s*in|continue(?:\\s*(?:session|working))?"
            + "|extend(?:\\s*(?:my\\s*)?session)?|i['\u2019]?m\\s*still\\s*here"
            + "|(?:sign|log)\\s*out(?:\\s*now)?");
    private static final Pattern LEAVE = Pattern.compile("(?i)(?:sign|log)\\s*out(?:\\s*now)?");
    /** A sign-in to approve on another device, its heading: "Approve sign in request", "Approve sign-in?". */
    private static final Pattern APPROVE_SIGN_IN = Pattern.compile("(?i)approve\\s*(?:this\\s*)?sign[-\\s]?in"
            + "(?:\\s*request)?\\s*\\??");
    /** The number shown to be entered on the other device, alone on a line. */
    private static final Pattern SHOWN_NUMBER = Pattern.compile("\\d{2,3}");

    private Interruptions() {
    }

    /** What Glance says of the first of these screens that {@code lines} show, if any. */
    public static Optional<String> shown(List<String> lines) {
        List<String> stripped = KindCheck.stripped(lines);
        return call(stripped).or(() -> invitation(stripped)).or(() -> captcha(stripped)).or(() -> code(stripped))
                .or(() -> stopped(stripped)).or(() -> permission(stripped)).or(() -> sessionEnding(stripped))
                .or(() -> approval(stripped));
    }

    /** Whether {@code said} begins with one of these screens' sentences. */
    static boolean begins(String said) {
        return STARTS.matcher(said).lookingAt();
    }

    /**
     * A form's summary of its errors and the complaints below it, each said once (a complaint stands in the summary's
     * list and again under its field; OCR may read the two with their spaces otherwise): "It says "Please correct the
     * 2 errors below": "Enter a valid email address" and "Password must be at least 8 characters"." (a registration
     * page after a failed submit had been said by its fields alone, stop 46, captured).
     */
    private static Optional<String> formErrors(String summary, List<String> lines, String said) {
        String s = KindCheck.quote(summary.replaceAll("[.:!]\\s*$", ""), QUOTED_WORDS);
        if (said.contains(s)) {
            return Optional.empty();
        }
        Set<String> seen = new HashSet<>();
        List<String> errors = lines.stream().filter(l -> !l.equals(summary) && FIELD_ERROR.matcher(l).matches()
                && KindCheck.wordCount(l) <= COMPLAINT_WORDS)
                .filter(l -> seen.add(l.replaceAll("[\\s.!]", "").toLowerCase(Locale.ROOT)))
                .map(l -> "\"" + KindCheck.quote(l.replaceAll("[.!]$", ""), QUOTED_WORDS) + "\"")
                .limit(FIELD_ERRORS).toList();
        return Optional.of("It says \"" + s + "\"" + (errors.isEmpty() ? "." : ": " + KindCheck.joined(errors) + "."));
    }

    /**
     * What Glance adds after {@code said} where it left out one of these screens that all of the screen's text
     * ({@code lines}) shows, or a form's complaint about what was typed, below a field's label: "It shows a request
     * for a one-time code: "A text message with a 6-digit verification code was just sent to ..."." or "It says "Wrong
     * password. Try again or click Forgot password to reset it."." after a browser's page, which had been said by its
     * title alone (written down at stop 43).
     */
    public static Optional<String> onScreen(List<String> lines, String said) {
        Optional<String> shown = STARTS.matcher(said).find() ? Optional.empty() : shown(lines);
        if (shown.isPresent()) {
            return shown.map(s -> SHOWS + Character.toLowerCase(s.charAt(0)) + s.substring(1));
        }
        List<String> stripped = KindCheck.stripped(lines);
        // a summary of errors over a field's complaint, whatever the fields ask ("What is your postcode?")
        Optional<String> summary = stripped.stream().filter(l -> ERROR_SUMMARY.matcher(l).matches()).findFirst();
        if (summary.isPresent() && stripped.stream().anyMatch(l -> FIELD_ERROR.matcher(l).matches())) {
            return formErrors(summary.get(), stripped, said);
        }
        if (stripped.stream().noneMatch(l -> FIELD.matcher(l).matches())) {
            return Optional.empty();
        }
        List<String> complaints = stripped.stream().filter(l -> COMPLAINT.matcher(l).matches()
                && KindCheck.wordCount(l) <= COMPLAINT_WORDS).map(l -> KindCheck.quote(l, QUOTED_WORDS))
                .filter(q -> !said.contains(q)).distinct().limit(COMPLAINTS).toList();
        return complaints.isEmpty() ? Optional.empty()
                : Optional.of("It says \"" + String.join("\" and \"", complaints) + "\".");
    }

    /**
     * An incoming call, its buttons to answer or decline it read: "An incoming call from Ann Lee." (Teams' "Ann Lee is
     * calling you"; a phone app's "Incoming call" with the caller's name on the next lines).
     */
    static Optional<String> call(List<String> lines) {
        if (lines.stream().noneMatch(l -> ANSWER.matcher(l).matches())
                || lines.stream().noneMatch(l -> DECLINE.matcher(l).matches())) {
            return Optional.empty();
        }
        for (int i = 0; i < lines.size(); i++) {
            Matcher calling = CALLING.matcher(lines.get(i));
            if (calling.matches()) {
                return Optional.of(CALL + " from " + KindCheck.quote(calling.group(1), QUOTED_WORDS) + ".");
            }
            if (INCOMING.matcher(lines.get(i)).matches()) {
                // the caller's name below, or above (Teams' toast: "Ann Lee" over "Incoming video call")
                List<String> near = new ArrayList<>(lines.subList(i + 1,
                        Math.min(lines.size(), i + 1 + CALLER_WITHIN)));
                for (int j = i - 1; j >= Math.max(0, i - CALLER_WITHIN); j--) {
                    near.add(lines.get(j));
                }
                return Optional.of(CALL + near.stream().filter(Interruptions::caller).findFirst()
                        .map(c -> " from " + KindCheck.quote(c, QUOTED_WORDS)).orElse("") + ".");
            }
        }
        return Optional.empty();
    }

    /**
     * A meeting invitation, its answers to accept, to say maybe and to decline: "A meeting invitation, "Project
     * kickoff". When: Monday, December 7, 2026 10:00 AM-11:00 AM. Its buttons: Accept, Tentative, Decline." (its
     * subject the first line that is no answer; Outlook's had been "Glance cannot tell what kind of window this is.",
     * stop 50, written down).
     */
    static Optional<String> invitation(List<String> lines) {
        List<String> answers = lines.stream().map(RSVP::matcher).filter(Matcher::matches)
                .map(m -> m.group(1).substring(0, 1).toUpperCase(Locale.ROOT) + m.group(1).substring(1)
                        .toLowerCase(Locale.ROOT)).distinct().toList();
        if (answers.size() < 3 || answers.stream().noneMatch(a -> MAYBE.matcher(a).matches())) {
            return Optional.empty();
        }
        Optional<String> subject = lines.stream().filter(l -> KindCheck.lettered(l) && !RSVP.matcher(l).matches())
                .findFirst();
        Optional<String> when = lines.stream().map(WHEN::matcher).filter(Matcher::matches).findFirst()
                .map(m -> m.group(1));
        return Optional.of(INVITATION + subject.map(s -> ", \"" + KindCheck.quote(s, QUOTED_WORDS) + "\"").orElse("")
                + "." + when.map(w -> " When: " + KindCheck.quote(w.replaceFirst("\\.$", ""), QUOTED_WORDS) + ".")
                .orElse("") + buttons(answers));
    }

    /** Whether {@code line} may be a caller's name: not what kind of call it is, nor a button. */
    private static boolean caller(String line) {
        return KindCheck.lettered(line) && !CALL_KIND.matcher(line).matches() && !ANSWER.matcher(line).matches()
                && !DECLINE.matcher(line).matches();
    }

    /**
     * A CAPTCHA: its box or its name alone on a line, with its challenge where one shows: "A CAPTCHA check: "Select all
     * images with traffic lights"." or "A CAPTCHA check: "I'm not a robot".". An article that names reCAPTCHA in a
     * sentence is none.
     */
    static Optional<String> captcha(List<String> lines) {
        if (lines.stream().noneMatch(l -> CAPTCHA_BOX.matcher(l).matches())) {
            return Optional.empty();
        }
        Optional<String> asked = lines.stream().filter(l -> CHALLENGE.matcher(l).matches()).findFirst()
                .or(() -> lines.stream().filter(l -> CAPTCHA_BOX.matcher(l).matches()
                        && !l.toLowerCase(Locale.ROOT).contains("captcha")).findFirst());
        return Optional.of(CAPTCHA + asked.map(a -> ": \"" + KindCheck.quote(a, QUOTED_WORDS) + "\".").orElse("."));
    }

    /**
     * A request for a one-time code: its message where the code was sent to, or its heading with a button to verify
     * it or send another: "A request for a one-time code: "We sent a 6-digit code to ***-***-1234"."
     */
    static Optional<String> code(List<String> lines) {
        Optional<String> sent = lines.stream().filter(l -> CODE_SENT.matcher(l).matches()).findFirst();
        boolean asked = lines.stream().anyMatch(l -> ENTER_CODE.matcher(l).matches())
                && lines.stream().anyMatch(l -> CODE_BUTTON.matcher(l).matches());
        if (sent.isEmpty() && !asked) {
            return Optional.empty();
        }
        return Optional.of(CODE + sent.map(s -> ": \"" + KindCheck.quote(s, QUOTED_WORDS) + "\".").orElse("."));
    }

    /**
     * A program that stopped, its message and the system's choices: "An alert about a program: "Microsoft Word is not
     * responding". Its choices: Close the program, Wait for the program to respond." (Windows'; macOS's "Firefox quit
     * unexpectedly."; Ubuntu's internal error).
     */
    static Optional<String> stopped(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (STOPPED.matcher(lines.get(i)).matches()) {
                List<String> choices = lines.subList(i + 1, lines.size()).stream()
                        .filter(l -> CHOICE.matcher(l).matches()).distinct().limit(CHOICES).toList();
                return Optional.of(FAILED + ": \"" + KindCheck.quote(lines.get(i), QUOTED_WORDS) + "\"."
                        + (choices.isEmpty() ? "" : " Its choices: " + String.join(", ", choices) + "."));
            }
        }
        return Optional.empty();
    }

    /**
     * A system asking to let a program make changes: Windows' User Account Control with the program's name below its
     * question, its publisher and its answers ("A request for permission: "Windows Command Processor" wants to make
     * changes to this device. Verified publisher: Microsoft Windows. Its buttons: Yes, No."; it had been "A dialog
     * asks "Do you want to allow this app ..."", written down at stop 44), or a password asked for a program's sake
     * ("A request for permission: "Installer wants to make changes". It asks for your password."); and a site's or an
     * app's question ("A request for permission: example.com wants to show notifications. Its buttons: Allow,
     * Block.", "A request for permission: "Maps" wants to use your location. ...").
     */
    static Optional<String> permission(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (UAC.matcher(lines.get(i)).matches()) {
                Optional<String> program = lines.subList(i + 1, lines.size()).stream().filter(KindCheck::lettered)
                        .filter(l -> !PUBLISHER.matcher(l).matches() && !UAC_OWN.matcher(l).matches()).findFirst();
                Optional<Matcher> publisher = lines.stream().map(PUBLISHER::matcher).filter(Matcher::matches)
                        .findFirst();
                List<String> answers = lines.stream().filter(l -> YES_NO.matcher(l).matches()).distinct().toList();
                return Optional.of(PERMISSION + ": " + program.map(p -> "\"" + KindCheck.quote(p, QUOTED_WORDS) + "\"")
                        .orElse("an app") + " wants to make changes to this device."
                        + publisher.map(m -> " " + m.group(1).substring(0, 1).toUpperCase(Locale.ROOT)
                        + m.group(1).substring(1) + ": " + KindCheck.quote(m.group(2), QUOTED_WORDS) + ".").orElse("")
                        + buttons(answers));
            }
            Matcher site = SITE_WANTS.matcher(lines.get(i));
            if (site.matches() && i + 1 < lines.size() && SITE_ASK.matcher(lines.get(i + 1)).matches()) {
                return Optional.of(PERMISSION + ": " + site.group(1) + " wants to " + lines.get(i + 1).strip()
                        .toLowerCase(Locale.ROOT) + "." + answers(lines.subList(i + 2, lines.size())));
            }
            Matcher app = ALLOW_APP.matcher(lines.get(i));
            if (app.matches() && !answers(lines.subList(i + 1, lines.size())).isEmpty()) {
                return Optional.of(PERMISSION + ": \"" + KindCheck.quote(app.group(1), QUOTED_WORDS) + "\" wants to "
                        + app.group(2) + "." + answers(lines.subList(i + 1, lines.size())));
            }
            if (WANTS.matcher(lines.get(i)).matches()
                    && lines.subList(i + 1, lines.size()).stream().anyMatch(l -> PASSWORD.matcher(l).matches())) {
                return Optional.of(PERMISSION + ": \"" + KindCheck.quote(lines.get(i).replaceFirst("\\.$", ""),
                        QUOTED_WORDS) + "\". It asks for your password.");
            }
        }
        return Optional.empty();
    }

    /** " Its buttons: Allow, Block." for the answers to a request for permission among {@code lines}, if any. */
    private static String answers(List<String> lines) {
        return buttons(lines.stream().map(String::strip).filter(l -> ALLOW_OR_NOT.matcher(l).matches()).distinct()
                .toList());
    }

    /** " Its buttons: Yes, No." for {@code buttons}, or nothing where there are none. */
    private static String buttons(List<String> buttons) {
        return buttons.isEmpty() ? "" : " Its buttons: " + String.join(", ", buttons) + ".";
    }

    /**
     * A warning that the session ends, its message and its buttons: "A warning that the session is ending: "You will be
     * signed out in 2 minutes due to inactivity". Its buttons: Stay signed in, Sign out." (written down at stop 44: "A
     * dialog. The text on it begins "Your session is about to expire"."). A button to stay must show: a page that only
     * mentions sessions, beside its link to sign out, is none.
     */
    static Optional<String> sessionEnding(List<String> lines) {
        List<String> ending = lines.stream().filter(l -> SESSION_ENDING.matcher(l).matches()
                && KindCheck.wordCount(l) <= COMPLAINT_WORDS).toList();
        List<String> choices = lines.stream().map(String::strip).filter(l -> STAY.matcher(l).matches()).distinct()
                .toList();
        // a button to stay, not only one to leave (a page's header has "Sign out" beside any text about sessions)
        if (ending.isEmpty() || choices.stream().allMatch(b -> LEAVE.matcher(b).matches())) {
            return Optional.empty();
        }
        // its message, the line that says when, else its heading
        String message = ending.stream().filter(l -> l.matches(".*\\d.*")).findFirst().orElse(ending.get(0));
        return Optional.of(SESSION + ": \"" + KindCheck.quote(message.replaceFirst("\\.$", ""), QUOTED_WORDS) + "\"."
                + buttons(choices));
    }

    /**
     * A sign-in to approve on another device, with the number to enter there: "A request to approve a sign-in. The
     * number shown: 42." (Microsoft's, written down at stop 44: "A dialog. The text on it begins "Approve sign in
     * request".").
     */
    static Optional<String> approval(List<String> lines) {
        int heading = KindCheck.indexOf(lines, APPROVE_SIGN_IN);
        if (heading < 0) {
            return Optional.empty();
        }
        Optional<String> number = lines.subList(heading + 1, lines.size()).stream().map(String::strip)
                .filter(l -> SHOWN_NUMBER.matcher(l).matches()).findFirst();
        return Optional.of(APPROVE + number.map(n -> ". The number shown: " + n + ".").orElse("."));
    }
}
