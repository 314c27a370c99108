import unittest

from training.real_check import names_kind, names_other_kind


class KindWordsTest(unittest.TestCase):

    def test_a_terminal_named_a_dialog_is_a_wrong_kind(self):
        self.assertTrue(names_kind("A terminal.", "terminal.shell"))
        self.assertFalse(names_kind("A dialog.", "terminal.shell"))
        self.assertTrue(names_other_kind("A dialog.", "terminal.shell"))

    def test_vim_is_a_text_editor_as_well_as_a_terminal(self):
        for caption in ("Probably a text editor.", "A text editor in a terminal.", "A terminal."):
            self.assertTrue(names_kind(caption, "terminal.vim"), caption)
            self.assertFalse(names_other_kind(caption, "terminal.vim"), caption)
        # a shell is no text editor
        self.assertFalse(names_kind("Probably a text editor.", "terminal.shell"))
        self.assertTrue(names_other_kind("Probably a text editor.", "terminal.shell"))

    def test_a_file_chooser_is_a_dialog(self):
        self.assertTrue(names_kind('A file chooser titled "Open File".', "dialog.file_chooser"))
        self.assertTrue(names_kind("A save dialog.", "dialog.file_chooser"))
        self.assertTrue(names_other_kind("A file chooser.", "terminal.shell"))


    def test_quoted_words_are_the_screens_not_a_kind_glance_names(self):
        caption = 'Probably a progress dialog. The text on it begins "Copying files".'
        self.assertTrue(names_kind(caption, "dialog.progress"))
        self.assertFalse(names_other_kind(caption, "dialog.progress"))
        self.assertFalse(names_kind('Glance cannot tell what kind of window this is. The text on it begins '
                                    '"Calculator".', "app.calculator"))
        self.assertTrue(names_kind('A calculator: its title is "galculator".', "app.calculator"))


if __name__ == "__main__":
    unittest.main()
