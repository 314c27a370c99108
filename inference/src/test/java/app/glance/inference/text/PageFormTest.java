package app.glance.inference.text;

import app.glance.inference.TextLine;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A page's form to fill in, known by its fields' labels and a button that sends it (written down at stop 43). */
class PageFormTest {

    private static final List<String> JOB = List.of("Job application", "First name", "Last name", "Email", "Phone",
            "Upload CV", "No file chosen", "Cover letter", "Submit application");

    @Test
    void aRegionOfAPageWithAFormSaysItsHeadingAndFields() {
        assertThat(PageForm.shown(JOB))
                .hasValue("A form, \"Job application\". Its fields include First name, Last name, Email, Phone.");
        // a payment's fields, "*" after the required ones; "Payment" is its heading, not its button
        assertThat(PageForm.shown(List.of("Payment", "Card number *", "1234 5678 9012 3456", "Expiry date:", "MM/YY",
                "CVC", "Name on card", "Pay £42.99"))).hasValue("A form, \"Payment\". Its fields include Card number, "
                + "Expiry date, CVC, Name on card.");
        assertThat(KindCheck.applicationShown(JOB)).isEqualTo(PageForm.shown(JOB));
        // a region dragged out above its button, as PP-OCR read it (stop 43, captured): four fields are enough
        assertThat(PageForm.shown(List.of("Job application", "First name *", "Last name *", "Email *", "Phone",
                "Upload CV", "Choose File", "No file chosen"))).hasValue(PageForm.shown(JOB).orElseThrow());
        assertThat(PageForm.shown(List.of("Contact", "Name", "Email", "Message"))).as("three, no button").isEmpty();
        assertThat(KindCheck.corrects(PageForm.shown(JOB).orElseThrow())).isTrue();
    }

    @Test
    void afterABrowsersPageItsFieldsAreAdded() {
        List<String> checkout = List.of("Checkout", "shop.example.com/checkout", "Shipping address", "First name",
                "Last name", "Address", "City", "Postcode", "Country", "Phone", "Continue to payment");
        assertThat(PageForm.onScreen(checkout, "A web browser showing \"Checkout\", from shop.example.com."))
                .hasValue("It shows a form with the fields First name, Last name, Address, City, Postcode and Country, "
                        + "among others.");
        assertThat(PageForm.onScreen(List.of("Sign up", "Name", "Email", "Password", "Create account"),
                "A web browser showing \"Sign up\".")).hasValue("It shows a form with the fields Name, Email and "
                + "Password.");
        // a spreadsheet's header row is no form
        assertThat(PageForm.onScreen(List.of("A", "B", "C", "D", "1", "Name", "Email", "Phone", "City", "Save"),
                "A spreadsheet: its title is \"contacts.xlsx - Excel\".")).isEmpty();
        assertThat(PageForm.onScreen(JOB, PageForm.shown(JOB).orElseThrow())).as("said already").isEmpty();
    }

    @Test
    void aSignInOrAListWithoutAButtonToSendIsNone() {
        // two fields only: a sign-in, said as such elsewhere
        assertThat(PageForm.shown(List.of("Sign in", "Email", "Password", "Next"))).isEmpty();
        // a file manager's and a mail client's columns: no button that sends them
        assertThat(PageForm.shown(List.of("Name", "Date modified", "Type", "Size", "Company", "Message"))).isEmpty();
        assertThat(PageForm.onScreen(List.of("Subject", "From", "Name", "Company", "Received"), "A mail client."))
                .isEmpty();
    }

    @Test
    void aDialogThatAsksForAPersonsDetailsSaysWhichItAsksFor() {
        // zenity's form as its window and as the screen, its title bar's buttons read as "000" (stop 44, captured)
        assertThat(PageForm.dialog(List.of("Add a contact", "First name", "Last name", "Phone", "Cancel", "OK")))
                .hasValue("A dialog, \"Add a contact\", asks for First name, Last name and Phone.");
        assertThat(PageForm.dialog(List.of("New contact", "000", "Add a contact", "First name", "Last name", "Phone",
                "Cancel", "OK"))).hasValue("A dialog, \"New contact\", says \"Add a contact\" and asks for First "
                + "name, Last name and Phone.");
        assertThat(KindCheck.withDialogText("A dialog.", List.of("Sign in to Outlook", "Email", "Password", "Cancel",
                "Sign in"), true)).isEqualTo("A dialog. It asks for Email and Password.");
        assertThat(KindCheck.withDialogText("Probably a dialog.", List.of("New entry", "Register for the event",
                "Name", "Email", "Cancel", "OK"), true)).isEqualTo("Probably a dialog. It says \"Register for the "
                + "event\" and asks for Name and Email.");
        // one field is what asksFor says; fields with no dialog's buttons are a page's
        assertThat(PageForm.dialog(List.of("Rename", "Name", "Cancel", "OK"))).isEmpty();
        assertThat(PageForm.dialog(List.of("Contact us", "Name", "Email", "Message"))).isEmpty();
    }

    private static TextLine at(String text, int x, int y, int w, int h) {
        return new TextLine(text, 0.9f, x, y, w, h);
    }

    @Test
    void aWindowsFormOneFieldBelowAnotherIsAddedWithItsHeading() {
        // Thunderbird's account setup over its window, as PP-OCR read it (stop 48, captured)
        List<TextLine> setup = List.of(at("Home - Mozilla Thunderbird", 593, 3, 180, 15),
                at("Welcome to", 563, 105, 83, 20), at("Thunderbird", 564, 129, 311, 46),
                at("Sign in with Thundermail", 575, 248, 220, 23), at("Add your email address", 550, 345, 267, 23),
                at("Full name*", 492, 402, 84, 17), at("root", 490, 425, 42, 24),
                at("Email address*", 490, 529, 104, 20), at("Continue", 945, 615, 76, 17),
                at("check the name and try", 1088, 384, 183, 17));
        String mail = "A mail client: its title is \"Home - Mozilla Thunderbird\".";
        assertThat(PageForm.inWindow(setup, mail)).hasValue("It shows a form, \"Add your email address\", asking for "
                + "Full name and Email address.");
        // no button below the fields that sends them: a window showing a person's details, not asking for them
        assertThat(PageForm.inWindow(setup.subList(0, setup.size() - 2), mail)).isEmpty();
        // without a heading above the fields
        assertThat(PageForm.inWindow(setup.subList(5, setup.size()), mail)).hasValue("It shows a form asking for "
                + "Full name and Email address.");
        // not after a browser's page (its own check) nor where the sentence says what is asked
        assertThat(PageForm.inWindow(setup, "A web browser showing \"Sign up\".")).isEmpty();
        assertThat(PageForm.inWindow(setup, "A dialog, \"New account\", asks for Full name and Email address."))
                .isEmpty();
    }

    @Test
    void fieldsSideBySideAreATablesHeadingsNotAForm() {
        // a spreadsheet's or an address book's columns: "Name", "Email", "Phone" on one row, "Save" on its toolbar
        List<TextLine> columns = List.of(at("Save", 10, 40, 40, 16), at("Name", 60, 100, 50, 16),
                at("Email", 200, 100, 50, 16), at("Phone", 340, 101, 50, 16), at("Continue", 60, 300, 70, 16));
        assertThat(PageForm.inWindow(columns, "A spreadsheet: its title is \"contacts.ods - LibreOffice Calc\"."))
                .isEmpty();
    }
}
