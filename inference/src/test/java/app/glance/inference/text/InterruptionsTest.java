package app.glance.inference.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Screens that stop the user and ask something of them: a call, a CAPTCHA, a one-time code, a program that stopped
 * (written down at stop 43).
 */
class InterruptionsTest {

    @Test
    void anIncomingCallNamesItsCallerBesideItsButtons() {
        assertThat(Interruptions.shown(List.of("Ann Lee is calling you", "Microsoft Teams", "Accept", "Decline")))
                .hasValue("An incoming call from Ann Lee.");
        // the caller on the line below, what kind of call it is passed over
        assertThat(Interruptions.shown(List.of("Incoming call", "Video call", "Sam Park", "Accept", "Decline")))
                .hasValue("An incoming call from Sam Park.");
        assertThat(Interruptions.shown(List.of("Incoming call", "Accept", "Decline")))
                .hasValue("An incoming call.");
        // Teams' toast: the caller above, its buttons to answer with video or audio
        assertThat(Interruptions.shown(List.of("Teams", "Ann Lee", "Incoming video call", "Accept with video",
                "Accept with audio", "Decline"))).hasValue("An incoming call from Ann Lee.");
        // without its buttons, a sentence in a chat; an invitation's buttons without a call
        assertThat(Interruptions.call(List.of("Sam said Ann is calling you later", "Type a message"))).isEmpty();
        assertThat(Interruptions.call(List.of("Team meeting", "Thursday 10:00", "Accept", "Decline"))).isEmpty();
    }

    @Test
    void aCaptchaIsSaidWithWhatItAsks() {
        assertThat(Interruptions.shown(List.of("I'm not a robot", "reCAPTCHA", "Privacy - Terms")))
                .hasValue("A CAPTCHA check: \"I'm not a robot\".");
        assertThat(Interruptions.shown(List.of("Select all images with traffic lights", "Click verify once there are "
                + "none left.", "reCAPTCHA", "VERIFY"))).hasValue("A CAPTCHA check: \"Select all images with traffic "
                + "lights\".");
        assertThat(Interruptions.shown(List.of("hCaptcha", "Privacy"))).hasValue("A CAPTCHA check.");
        // a sentence that names one is an article's
        assertThat(Interruptions.captcha(List.of("How reCAPTCHA stops bots", "Sites use reCAPTCHA to tell people "
                + "from programs."))).isEmpty();
    }

    @Test
    void aRequestForAOneTimeCodeSaysWhereItWasSent() {
        assertThat(Interruptions.shown(List.of("Enter the code", "We sent a 6-digit code to ***-***-1234", "Code",
                "Verify", "Resend code"))).hasValue("A request for a one-time code: \"We sent a 6-digit code to "
                + "***-***-1234\".");
        assertThat(Interruptions.shown(List.of("Enter your verification code", "Code", "Submit")))
                .hasValue("A request for a one-time code.");
        assertThat(Interruptions.code(List.of("A text message with a 6-digit verification code was just sent to "
                + "(•••) •••-••12"))).isPresent();
        // a shop's promotion code, and an order sent
        assertThat(Interruptions.code(List.of("Enter promo code", "Apply"))).isEmpty();
        assertThat(Interruptions.code(List.of("Enter code", "Gift card"))).isEmpty();
        assertThat(Interruptions.code(List.of("We sent your order to the courier", "Track package"))).isEmpty();
    }

    @Test
    void aProgramThatStoppedIsSaidWithTheSystemsChoices() {
        assertThat(Interruptions.shown(List.of("Microsoft Word is not responding", "If you close the program, you "
                + "might lose information.", "Close the program", "Wait for the program to respond")))
                .hasValue("An alert about a program: \"Microsoft Word is not responding\". Its choices: Close the "
                        + "program, Wait for the program to respond.");
        assertThat(Interruptions.shown(List.of("Problem Reporting", "Firefox quit unexpectedly.", "Click Reopen to "
                + "open the application again.", "Ignore", "Report...", "Reopen")))
                .hasValue("An alert about a program: \"Firefox quit unexpectedly.\". Its choices: Ignore, Report..., "
                        + "Reopen.");
        // a long sentence of a document or a log that says so is none
        assertThat(Interruptions.stopped(List.of("When the server is not responding, the client waits for thirty "
                + "seconds before it tries again"))).isEmpty();
        assertThat(Interruptions.stopped(List.of("Is not responding"))).isEmpty();
        assertThat(Interruptions.shown(List.of("This app can't open", "Calculator can't open.", "Check the Microsoft "
                + "Store for more info about Calculator.", "Go to the Store", "Close")))
                .hasValue("An alert about a program: \"This app can't open\". Its choices: Close.");
    }

    @Test
    void whatWasSaidLeftOutIsAddedAfterIt() {
        // a browser's page, said by its title: its request for a code, its CAPTCHA, a form's complaints
        String page = "A web browser showing \"2-Step Verification\", from accounts.google.com.";
        assertThat(Interruptions.onScreen(List.of("2-Step Verification", "accounts.google.com/signin/challenge",
                "Enter the code", "We sent a code to ann@example.com", "Enter code", "Next"), page))
                .hasValue("It shows a request for a one-time code: \"We sent a code to ann@example.com\".");
        assertThat(Interruptions.onScreen(List.of("Just a moment...", "example.com", "Verify you are human",
                "Cloudflare"), "A web browser showing \"Just a moment...\", from example.com."))
                .hasValue("It shows a CAPTCHA check: \"Verify you are human\".");
        assertThat(Interruptions.onScreen(List.of("Create account", "shop.example.com/register", "Email",
                "This field is required.", "Password", "Password must be at least 8 characters.", "Create account"),
                "A web browser showing \"Create account\", from shop.example.com."))
                .hasValue("It says \"This field is required.\" and \"Password must be at least 8 characters.\".");
        // said already; no field of a form; a heading, no sentence
        String call = "An incoming call from Ann Lee.";
        assertThat(Interruptions.onScreen(List.of("Ann Lee is calling you", "Accept", "Decline"), call)).isEmpty();
        String signIn = "A sign-in screen. It says \"Incorrect password. Try again.\".";
        assertThat(Interruptions.onScreen(List.of("Password", "Incorrect password. Try again."), signIn)).isEmpty();
        assertThat(Interruptions.onScreen(List.of("Release notes", "Fixed an invalid date in the report."),
                "A text editor.")).isEmpty();
        assertThat(Interruptions.onScreen(List.of("Email", "What went wrong", "Subscribe"), "A web page."))
                .isEmpty();
    }

    @Test
    void aFormsSummaryOfItsErrorsIsSaidWithTheComplaintsBelowIt() {
        // as PP-OCR read a registration page after a failed submit (stop 46, captured): the summary's own list, then
        // each complaint again under its field, once with its spaces read otherwise
        List<String> page = List.of("Create your account", "Please correctthe2errors below",
                "Enter a valid email address", "Password must be at least 8 characters", "First name", "Sarah",
                "Email address", "Entera valid email address", "sarah.jones@gmail", "Password",
                "Password must be at least 8 characters", "Create account");
        assertThat(Interruptions.onScreen(page, "A web page.")).hasValue("It says \"Please correctthe2errors below\": "
                + "\"Enter a valid email address\" and \"Password must be at least 8 characters\".");
        // GOV.UK's summary over its questions, no field named as the others are (stop 46, captured)
        assertThat(Interruptions.onScreen(List.of("There is a problem", "Enter your date of birth",
                "Enter a real post code", "What is your date of birth?", "Enter your date of birth", "Day", "Month",
                "Year", "What is your post code?", "Enter a real post code", "LS99 9ZZZ", "Continue"), "A web page."))
                .hasValue("It says \"There is a problem\": \"Enter your date of birth\" and \"Enter a real post "
                        + "code\".");
        // a summary with no complaint below it is no form's
        assertThat(Interruptions.onScreen(List.of("There is a problem", "with the service", "Try again later"),
                "A web page.")).isEmpty();
        // without a summary, a hint below a field is no complaint (no full stop: it may be there before anything
        // was typed)
        assertThat(Interruptions.onScreen(List.of("Email", "Password", "Must be at least 8 characters",
                "Create account"), "A web page.")).isEmpty();
    }

    @Test
    void theirSentencesAreCorrectionsSaidWhateverTheModelNamed() {
        List<String> captcha = List.of("I'm not a robot", "reCAPTCHA", "Privacy - Terms");
        // too little text to judge a kind by, but a CAPTCHA's own lines say what it is ("A calculator." had stood)
        assertThat(KindCheck.check("A calculator.", captcha, () -> captcha))
                .isEqualTo(KindCheck.Verdict.APPLICATION_SHOWN);
        assertThat(KindCheck.applicationShown(captcha)).hasValue("A CAPTCHA check: \"I'm not a robot\".");
        assertThat(KindCheck.corrects("An incoming call from Ann Lee.")).isTrue();
        assertThat(KindCheck.corrects("A CAPTCHA check.")).isTrue();
        assertThat(KindCheck.corrects("A request for a one-time code.")).isTrue();
        assertThat(KindCheck.corrects("A meeting invitation, \"Project kickoff\".")).isTrue();
        assertThat(KindCheck.corrects("An alert about a program: \"Firefox quit unexpectedly.\".")).isTrue();
        // a small window whose text ends in its buttons: what it asks, not "A dialog says ..."
        assertThat(Interruptions.shown(List.of(" Ann Lee is calling you ", "Accept", "Decline")))
                .hasValue("An incoming call from Ann Lee.");
    }

    @Test
    void aMeetingInvitationIsSaidWithWhenItIsAndItsAnswers() {
        // Outlook's, its answers a line each (stop 50, written down: "Glance cannot tell ...")
        List<String> invite = List.of("Project kickoff", "\u2713 Accept \u25be", "? Tentative", "\u00d7 Decline",
                "Propose New Time", "Ann Lee", "When: Monday, December 7, 2026 10:00 AM-11:00 AM",
                "Where: Microsoft Teams Meeting");
        assertThat(Interruptions.shown(invite)).hasValue("A meeting invitation, \"Project kickoff\". When: Monday, "
                + "December 7, 2026 10:00 AM-11:00 AM. Its buttons: Accept, Tentative, Decline.");
        assertThat(KindCheck.check("A mail client.", invite, () -> invite)).isNotEqualTo(KindCheck.Verdict.HOLDS);
        // a call's answers, with no maybe, are a call's; two answers are no invitation
        assertThat(Interruptions.invitation(List.of("Ann Lee is calling you", "Accept", "Decline"))).isEmpty();
        assertThat(Interruptions.invitation(List.of("Cookies", "Accept", "Maybe later"))).isEmpty();
    }

    @Test
    void aRequestForPermissionSaysWhoWantsWhatAndItsAnswers() {
        // Windows' User Account Control (written down at stop 44: "A dialog asks "Do you want to allow this app ..."")
        assertThat(Interruptions.shown(List.of("User Account Control", "Do you want to allow this app to make changes "
                + "to your device?", "Windows Command Processor", "Verified publisher: Microsoft Windows",
                "Show more details", "Yes", "No"))).hasValue("A request for permission: \"Windows Command Processor\" "
                + "wants to make changes to this device. Verified publisher: Microsoft Windows. Its buttons: Yes, No.");
        assertThat(Interruptions.shown(List.of("User Account Control", "Do you want to allow this app from an unknown "
                + "publisher to make changes to your device?", "setup_v2.exe", "Publisher: Unknown",
                "File origin: Hard drive on this computer", "Yes", "No"))).hasValue("A request for permission: "
                + "\"setup_v2.exe\" wants to make changes to this device. Publisher: Unknown. Its buttons: Yes, No.");
        // a password for a program's sake: macOS's, GNOME's
        assertThat(Interruptions.shown(List.of("Installer wants to make changes.", "Enter your password to allow this.",
                "User Name:", "Ann Lee", "Password:", "Cancel", "Install Software"))).hasValue("A request for "
                + "permission: \"Installer wants to make changes\". It asks for your password.");
        assertThat(Interruptions.shown(List.of("Authentication Required", "Authentication is required to install "
                + "software", "Ann Lee", "Password", "Cancel", "Authenticate"))).hasValue("A request for permission: "
                + "\"Authentication is required to install software\". It asks for your password.");
        // a site's and an app's question
        assertThat(Interruptions.shown(List.of("example.com wants to", "Show notifications", "Allow", "Block")))
                .hasValue("A request for permission: example.com wants to show notifications. Its buttons: Allow, "
                        + "Block.");
        assertThat(Interruptions.shown(List.of("Allow \u201cMaps\u201d to use your location?", "Your location is used "
                + "to show your position on the map.", "Allow Once", "Allow While Using App", "Don't Allow")))
                .hasValue("A request for permission: \"Maps\" wants to use your location. Its buttons: Allow Once, "
                        + "Allow While Using App, Don't Allow.");
        assertThat(KindCheck.corrects("A request for permission: example.com wants to show notifications.")).isTrue();
    }

    @Test
    void whatOnlyLooksLikeARequestForPermissionIsNone() {
        // another question; someone who wants something with no password asked; a site's name with no ask below it;
        // an app's question with no answers
        assertThat(Interruptions.shown(List.of("Do you want to save changes to letter.txt?", "Save", "Don't Save",
                "Cancel"))).isEmpty();
        assertThat(Interruptions.shown(List.of("Ann Lee wants to change the meeting to Friday", "Accept", "Reply")))
                .isEmpty();
        assertThat(Interruptions.shown(List.of("example.com wants to", "be your favourite shop"))).isEmpty();
        assertThat(Interruptions.shown(List.of("Allow Maps to use your location?", "Location Services"))).isEmpty();
    }

    @Test
    void aSessionEndingAndASignInToApproveAreSaidWithWhatMatters() {
        // written down at stop 44: each had been "A dialog. The text on it begins ..."
        assertThat(Interruptions.shown(List.of("Your session is about to expire", "You will be signed out in 2 minutes "
                + "due to inactivity.", "Stay signed in", "Sign out")))
                .hasValue("A warning that the session is ending: \"You will be signed out in 2 minutes due to "
                        + "inactivity\". Its buttons: Stay signed in, Sign out.");
        assertThat(Interruptions.shown(List.of("Approve sign in request", "Enter the number shown to sign in.", "42",
                "No, it's not me", "Yes"))).hasValue("A request to approve a sign-in. The number shown: 42.");
        // a page that only mentions sessions: no button to stay or leave
        assertThat(Interruptions.shown(List.of("Help", "Your session will expire after 30 minutes without activity.",
                "Learn more about security", "Sign out"))).isEmpty();
        // a field left empty on a page said by its title
        assertThat(Interruptions.onScreen(List.of("Sign up", "Email", "Please fill out this field.", "Password",
                "Create account"), "A web page.")).hasValue("It says \"Please fill out this field.\".");
    }
}
