package app.glance.inference.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** An About dialog: the application's name and version above a copyright line. */
class AboutDialogTest {

    /** Mousepad's About window, as PP-OCR read it (stop 39, by hand). */
    private static final List<String> MOUSEPAD = List.of("Mousepad", "0.5.10", "Mousepad is a simple text editor for "
            + "the Xfce desktop environment", "Website", "Copyright @ 2005-2022 - the Mousepad developers",
            "This program comes with absolutely no warranty.", "See the GNU General Public License, version 2 or later "
            + "for details.", "Credits", "Close");

    private static final Supplier<List<String>> NOT_ASKED = () -> {
        throw new AssertionError("all of the text was asked for");
    };

    @Test
    void itsOwnWindowSaysWhichApplicationAndVersionAndWhatItIs() {
        assertThat(AboutDialog.window(MOUSEPAD.subList(0, 3), () -> MOUSEPAD).map(AboutDialog::sentence)).hasValue(
                "An About dialog for Mousepad 0.5.10: \"Mousepad is a simple text editor for the Xfce desktop "
                        + "environment\".");
        // a name with its version on one line, under the dialog's title; the copyright line is looked for in all of
        // the text
        List<String> geany = List.of("About Geany", "Geany 1.38", "A fast and lightweight IDE using GTK",
                "(C) 2005-2021 The Geany contributors", "Close");
        assertThat(AboutDialog.window(geany, () -> geany).map(AboutDialog::sentence))
                .hasValue("An About dialog for Geany 1.38: \"A fast and lightweight IDE using GTK\".");
        assertThat(AboutDialog.window(geany.subList(0, 2), List::of)).isEmpty();
    }

    @Test
    void aNameInSmallLettersIsAName() {
        // gedit's About window and, in front of gedit, its dialog under its title, as PP-OCR read them (stop 39, by
        // hand): the window had been "A text editor: its title is "gedit".", the dialog "for gedit" without its version
        List<String> gedit = List.of("gedit", "44.2", "gedit is an easy-to-use and general-purpose text editor",
                "www.gedit.org", "Copyright 1998-2023 - the gedit team", "Credits", "Close");
        assertThat(AboutDialog.window(gedit, () -> gedit).map(AboutDialog::sentence)).hasValue("An About dialog for "
                + "gedit 44.2: \"gedit is an easy-to-use and general-purpose text editor\".");
        List<String> screen = List.of("Open", "1 Plan for the week", "plan.txt", "Save", "About gedit", "gedit", "44.2",
                "gedit is an easy-to-use and general-purpose text editor", "Copyright 1998-2023 - the gedit team");
        assertThat(AboutDialog.anywhere(screen).map(AboutDialog::onScreen))
                .hasValue("An About dialog on screen, for gedit 44.2.");
    }

    @Test
    void inFrontOfItsApplicationItIsFoundAnywhere() {
        List<String> screen = List.of("/tmp/minutes.txt - Mousepad", "File Edit Search View Document Help", "Minu",
                "About Mousepad", "Pres", "Next", "Mousepad", "0.5.10", "Mousepad is a simple text editor for the Xfce "
                        + "desktop environment", "Website", "Copyright @ 2005-2022 - the Mousepad developers");
        assertThat(AboutDialog.window(screen, NOT_ASKED)).isEmpty();
        assertThat(AboutDialog.anywhere(screen).map(AboutDialog::onScreen))
                .hasValue("An About dialog on screen, for Mousepad 0.5.10.");
    }

    /**
     * KWrite's About dialog in front of its window, the window's menus read between its title and its heading (stop 56,
     * captured: "Glance cannot tell ...").
     */
    @Test
    void itsHeadingFurtherDownBelowItsTitleIsFound() {
        List<String> kwrite = List.of("About KWrite", "000", "File Edit", "Selectil", "New", "ope", "Ne", "Ope",
                "KWrite", "Version 22.12.3", "About", "Components", "Authors", "KWrite - Text Editor",
                "(c) 2000-2022 The Kate Authors", "https://kate-editor.org", "Close");
        assertThat(AboutDialog.window(kwrite, () -> kwrite).map(AboutDialog::sentence))
                .hasValue("An About dialog for KWrite 22.12.3.");
        // not another name above a version
        assertThat(AboutDialog.window(with(kwrite, 8, "Kate"), () -> with(kwrite, 8, "Kate"))).isEmpty();
    }

    private static List<String> with(List<String> lines, int at, String line) {
        List<String> changed = new ArrayList<>(lines);
        changed.set(at, line);
        return changed;
    }

    /** Windows' About dialog of an application it comes with names Windows and its build (written down, stop 53). */
    @Test
    void windowsOwnAboutDialogNamesTheApplicationAndWindows() {
        List<String> notepad = List.of("Untitled - Notepad", "File Edit View", "About Notepad", "Microsoft Windows",
                "Version 22H2 (OS Build 22621.2134)", "\u00a9 Microsoft Corporation. All rights reserved.",
                "This product is licensed under the Microsoft Software License Terms to:", "Ann", "OK");
        assertThat(AboutDialog.anywhere(notepad).map(AboutDialog::onScreen))
                .hasValue("An About dialog on screen, for Notepad on Microsoft Windows 22H2 (OS Build 22621.2134).");
        // winver's own window, "About Windows": Windows is named once
        List<String> winver = List.of("About Windows", "Microsoft Windows", "Version 22H2 (OS Build 22621.2134)",
                "\u00a9 Microsoft Corporation. All rights reserved.", "OK");
        assertThat(AboutDialog.window(winver, () -> winver).map(AboutDialog::sentence))
                .hasValue("An About dialog for Microsoft Windows 22H2 (OS Build 22621.2134).");
        // Windows under another application's title, without its version or a copyright, is no About dialog's
        assertThat(AboutDialog.anywhere(List.of("About Notepad", "Microsoft Windows", "Ann", "OK"))).isEmpty();
        assertThat(AboutDialog.anywhere(List.of("Settings", "About", "Windows 11", "Version 22H2", "Rename this PC")))
                .isEmpty();
    }

    /** Wine's About Notepad and Qt's About box over Kid3, as PP-OCR read them (stop 53, captured). */
    @Test
    void aTitleBesideItsTitleBarsButtonsNamesTheApplicationWithoutAHeading() {
        List<String> wine = List.of("Untitled - Notepad", "File Edit Search View Help", "About Notepad", "00",
                "Notepad", "Wine Notepad", "Running on wine-8.0 [Debian 8.0-repack-4]", "Wine was brought to you by.",
                "Aaro Atonen", "Wine Jicense", "OK");
        assertThat(AboutDialog.anywhere(wine).map(AboutDialog::onScreen))
                .hasValue("An About dialog on screen, for Notepad.");
        // Qt's heading below the title bar of a dialog titled "Kid3": its version in a sentence, a copyright below
        List<String> qt = List.of("Kid3", "File", "Tag 1", "Kid3", "00x", "About Qt",
                "This program uses Qt version 5.15.8.", "Qt is a C++ toolkit for cross-platform application "
                        + "development.", "Copyright (C) 2020 The Qt Company Ltd and other contributors.");
        assertThat(AboutDialog.anywhere(qt).map(AboutDialog::onScreen))
                .hasValue("An About dialog on screen, for Qt 5.15.8.");
        // without its title bar's buttons, or without the name again or a copyright, it is no About dialog: a
        // settings window's section "About Notepad"; a help page's heading
        assertThat(AboutDialog.anywhere(List.of("Settings", "About Notepad", "Notepad", "Version"))).isEmpty();
        assertThat(AboutDialog.anywhere(List.of("Help", "00x", "About Qt", "This program uses Qt version 5.15.8.",
                "Qt is a C++ toolkit."))).isEmpty();
        assertThat(AboutDialog.anywhere(List.of("About Notepad", "00", "Wine Notepad", "OK"))).isEmpty();
    }

    /** Pingus' menu, its title with its version, its copyright at its foot (stop 54, captured). */
    @Test
    void aNameAndVersionAboveTheTitleBarsButtonsIsAWindowsTitle() {
        List<String> pingus = List.of("Pingus 0.7.6", "000", "PiNGUS", "Story", "Editor", "Exit",
                "Pingus 0.7.6 - Copyright (C) 1998-2011 Ingo Ruhnke", "See the file AuTHORS for a complete list.");
        assertThat(AboutDialog.window(pingus, () -> pingus)).isEmpty();
        // a document's name and its application's with a version, as a window's title (Bluefish's, its About dialog's
        // copyright below)
        List<String> bluefish = List.of("Untitled 0 - Bluefish 2.2.12", "File", "Edit", "About bluefish", "00",
                "An open-source editor for experienced web designers and programmers,", "Copyright 1998-2019");
        assertThat(AboutDialog.window(bluefish, () -> bluefish)).isEmpty();
        // below its title bar's buttons, the heading is an About dialog's
        List<String> about = List.of("About Pingus", "000", "Pingus 0.7.6", "A puzzle game with penguins",
                "Copyright (C) 1998-2011 Ingo Ruhnke");
        assertThat(AboutDialog.window(about, () -> about).map(AboutDialog::sentence))
                .hasValue("An About dialog for Pingus 0.7.6: \"A puzzle game with penguins\".");
    }

    @Test
    void aCopyrightWithoutANameAndVersionOrANameWithoutCopyrightIsNoAboutDialog() {
        // Python's greeting in a terminal names "copyright", under no heading of a name and a version alone
        List<String> python = List.of("python3", "Python 3.11.2 (main, Mar 13 2023, 12:18:29) [GCC 12.2.0] on linux",
                "Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.", ">>>");
        assertThat(AboutDialog.window(python, () -> python)).isEmpty();
        assertThat(AboutDialog.anywhere(python)).isEmpty();
        // a document's footer; a page with a name and a version above its site's copyright, and an "About us" tab
        assertThat(AboutDialog.anywhere(List.of("Annual report", "Copyright 2024 Garden Club"))).isEmpty();
        List<String> page = List.of("About us - Python.org", "python.org/about", "Python 3.12.1",
                "Download the latest release of Python for your computer today", "Copyright 2001-2024 PSF");
        assertThat(AboutDialog.anywhere(page)).isEmpty();
        assertThat(AboutDialog.window(page, () -> page)).isEmpty();
        // a name and a version with no copyright below: a version check's window, say
        assertThat(AboutDialog.window(List.of("Mousepad", "0.5.10", "Up to date"), () -> List.of("Mousepad",
                "0.5.10", "Up to date"))).isEmpty();
    }
}
