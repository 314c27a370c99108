"""The Python WordPiece must agree with the committed tiny package's tokenizer and golden ids, and with the cases
Java's WordPiece is checked against (inference/src/test/resources/tokenizer/cases.json), and must split text the way
BertPreTokenizer does."""
import json
import os
import unittest

from training.tokenizer import WordPiece, pre_tokenize, train

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TINY = os.path.join(ROOT, "inference", "src", "test", "resources", "tiny")


class PreTokenizeTest(unittest.TestCase):
    def test_splits_whitespace_and_isolates_punctuation(self):
        self.assertEqual(pre_tokenize('Save "letter.txt"? Yes/No'),
                         ["Save", '"', "letter", ".", "txt", '"', "?", "Yes", "/", "No"])

    def test_keeps_case_and_digits(self):
        self.assertEqual(pre_tokenize("Page 12 of 30"), ["Page", "12", "of", "30"])


class WordPieceTest(unittest.TestCase):
    def test_unknown_words_fall_back_to_pieces_not_unk(self):
        tok = train(["the printer is not connected"] * 5, 200, min_word_freq=1)
        ids = tok.encode("Zebra")
        self.assertNotIn(tok.unk_id, ids)
        self.assertEqual(tok.decode(ids), "Zebra")

    def test_decode_cleans_up_like_the_hugging_face_decoder(self):
        tok = train(["Save changes? It's done, OK."] * 3, 200, min_word_freq=1)
        self.assertEqual(tok.decode(tok.encode("Save changes? It's done, OK.")), "Save changes? It's done, OK.")

    def test_agrees_with_the_committed_golden_ids(self):
        tok = WordPiece.load(os.path.join(TINY, "model", "tokenizer.json"))
        with open(os.path.join(TINY, "golden.json"), encoding="utf-8") as f:
            golden = json.load(f)
        for text, ids in golden["encode_cases"].items():
            self.assertEqual(tok.encode(text), ids, text)
        self.assertEqual(tok.decode(golden["initial_ids"]), golden["initial"])

    def test_agrees_with_the_cases_java_is_checked_against(self):
        with open(os.path.join(ROOT, "inference", "src", "test", "resources", "tokenizer", "cases.json"),
                  encoding="utf-8") as f:
            fixture = json.load(f)
        tok = WordPiece.load(os.path.join(ROOT, "assets", "models", fixture["model"], "tokenizer.json"))
        for case in fixture["cases"]:
            self.assertEqual(tok.encode(case["text"]), case["ids"], case["text"])
            self.assertEqual(tok.decode(case["ids"]), case["decoded"], case["text"])


if __name__ == "__main__":
    unittest.main()
