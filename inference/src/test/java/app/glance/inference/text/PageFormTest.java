package app.glance.inference.text;

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
}
