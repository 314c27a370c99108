"""Generator tests. Run: /usr/bin/python3 -m unittest discover -s training/data/tests -t ."""
import json
import os
import random
import tempfile
import unittest

from training.data import generate as G
from training.data import ocr_noise, pseudo
from training.data.check import check_record
from training.data.fonts import Fonts
from training.data.scene import Scene
from training.data.theme import make_theme

KEYS = {"id", "image", "width", "height", "source", "kind", "app", "template", "special", "truth", "ocr_lines",
        "captions", "detailed", "pseudo", "facts"}


def _records(n, split="train", seed=5):
    G._init(None)
    out = tempfile.mkdtemp()
    os.makedirs(os.path.join(out, "images", split))
    return out, [json.loads(G.make_sample((out, split, i, seed))) for i in range(n)]


class ContractTest(unittest.TestCase):
    def test_sample_record_follows_the_contract(self):
        out, recs = _records(12)
        for r in recs:
            self.assertEqual(set(r), KEYS)
            self.assertIn(r["source"], ("pil", "special", "camera", "xvfb", "chromium"))
            self.assertGreaterEqual(len(r["captions"]), 3)
            self.assertEqual(len(r["pseudo"]), 3 * len(r["captions"]))
            from PIL import Image
            im = Image.open(os.path.join(out, r["image"]))
            self.assertLessEqual(max(im.size), G.MAX_SIDE)
            for l in r["ocr_lines"]:
                x0, y0, x1, y1 = l["box"]
                self.assertTrue(0 <= x0 <= x1 <= r["width"] and 0 <= y0 <= y1 <= r["height"], l)

    def test_every_reference_caption_passes_the_truth_check(self):
        _, recs = _records(30, seed=9)
        for r in recs:
            self.assertEqual(check_record(r), [], r["id"])

    def test_generation_is_deterministic(self):
        _, a = _records(4, seed=3)
        _, b = _records(4, seed=3)
        self.assertEqual(a, b)

    def test_unseen_templates_never_appear_in_train(self):
        G._init(None)
        for i in range(300):
            rng = random.Random("1/train/%d" % i)
            self.assertNotIn(G.choose(rng, "train")[1], G.UNSEEN)


class TruthTest(unittest.TestCase):
    def setUp(self):
        rng = random.Random(1)
        self.sc = Scene(rng, Fonts(), 800, 600, 1.0, make_theme(rng, "light"), "gtk")

    def test_text_hidden_by_a_later_window_is_not_recorded(self):
        self.sc.d.rectangle([0, 0, 800, 600], fill=(255, 255, 255))
        self.sc.text(100, 100, "Hidden line", 14, fill=(0, 0, 0))
        self.sc.text(100, 400, "Visible line", 14, fill=(0, 0, 0))
        self.sc.begin_window([50, 50, 400, 200], "Top", "app")
        self.assertEqual([l["text"] for l in self.sc.reading_order()], ["Visible line"])

    def test_low_contrast_text_is_not_recorded(self):
        self.sc.d.rectangle([0, 0, 800, 600], fill=(250, 250, 250))
        self.sc.text(100, 100, "Almost invisible", 14, fill=(245, 245, 245))
        self.assertEqual(self.sc.reading_order(), [])

    def test_blank_screen_is_not_described_as_content(self):
        G._init(None)
        from training.data import special
        img, info, ctx, lines = special.render(random.Random(2), G._W["fonts"], special.TEMPLATES["special.black"])
        caps, _, det, _ = special.captions(info, ctx, lines, random.Random(2))
        self.assertEqual(lines, [])
        self.assertTrue(all("black" in c for c in caps))
        self.assertIn("no text", det)


class PseudoAndOcrTest(unittest.TestCase):
    def test_pseudo_caption_without_edits_equals_its_reference(self):
        segs = [[["art", "", None], ["kind", "error dialog", None], ["glue", " titled ", None], ["title", '"Printer"', None],
                 ["clause", ', with an "OK" button', "buttons"], ["glue", ".", None]]]
        for p in pseudo.make(segs, random.Random(4)):
            if not p["edits"]:
                self.assertEqual(p["caption"], 'An error dialog titled "Printer", with an "OK" button.')
            for e in p["edits"]:
                self.assertIn(e["type"], pseudo.TYPES)

    def test_noisy_ocr_keeps_most_lines(self):
        lines = ["File", "Edit", "Printer not found", "The printer is not connected.", "Cancel", "OK"] * 20
        out = ocr_noise.noisy_ocr(lines, random.Random(0))
        self.assertGreater(len(out), 0.85 * len(lines))
        self.assertNotEqual(out, lines)


if __name__ == "__main__":
    unittest.main()
