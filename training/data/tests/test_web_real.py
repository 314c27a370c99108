"""Web pages in a real browser (web_real.py, cdp.py). The browser tests need Debian's chromium (skipped without it);
they do not need the CSS frameworks: an unstyled page is still a page."""
import json
import os
import random
import tempfile
import unittest

from training.data import web_real as W
from training.data.cdp import chromium_path
from training.data.check import check_record


def word(t, x, y, s, fg=(0, 0, 0), bg=(255, 255, 255), h=16, w=None):
    return {"t": t, "b": [x, y, x + (w or 9 * len(t)), y + h], "fg": list(fg), "bg": list(bg), "s": s}


class LinesTest(unittest.TestCase):
    def test_words_on_one_row_make_one_line_and_a_new_row_a_new_line(self):
        ws = [word("Save", 10, 10, 0), word("changes", 50, 10, 1), word("Cancel", 10, 40, 3)]
        lines = W.lines_from_words(ws)
        self.assertEqual([l["text"] for l in lines], ["Save changes", "Cancel"])
        self.assertEqual(lines[0]["box"], [10, 10, 113, 26])

    def test_a_wide_gap_on_the_same_row_starts_a_new_line(self):
        lines = W.lines_from_words([word("Name", 10, 10, 0), word("Email", 300, 10, 1)])
        self.assertEqual([l["text"] for l in lines], ["Name", "Email"])

    def test_text_too_faint_to_read_is_not_recorded(self):
        lines = W.lines_from_words([word("ghost", 10, 10, 0, fg=(250, 250, 250)), word("Visible", 10, 40, 2)])
        self.assertEqual([l["text"] for l in lines], ["Visible"])


@unittest.skipUnless(chromium_path(), "needs chromium (apt-get install chromium)")
class BrowserTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        from training.data import generate as G
        G._init(None, [])
        cls.G = G

    @classmethod
    def tearDownClass(cls):
        if "chromium" in W._STATE:
            W._STATE.pop("chromium").close()

    def scene(self, seed=1):
        from training.data.scene import Scene
        from training.data.theme import make_theme
        rng = random.Random(seed)
        return Scene(rng, self.G._W["fonts"], 900, 700, 1.0, make_theme(rng), "gtk"), rng

    def test_text_under_a_modal_backdrop_is_not_recorded_and_the_dialog_is(self):
        def build(k, rng, host, title):  # styled here: the test must not depend on the CSS frameworks' files
            body = ('<p>Behind the curtain</p><button>Hidden button</button>'
                    '<div style="position:fixed;inset:0;background:rgba(0,0,0,.5)"></div>'
                    '<div style="position:fixed;top:200px;left:200px;width:400px;background:#fff;padding:16px">'
                    '<p>This action cannot be undone.</p><button>Cancel</button> <button>Delete</button></div>')
            return body, [], [], "web page"
        sc, rng = self.scene()
        W.render_page(sc, random.Random(3), [0, 0, 900, 700], "example.com", "t", build, overlays=False)
        texts = [l["text"] for l in sc.lines]
        self.assertIn("This action cannot be undone.", texts)
        self.assertFalse(any("curtain" in t for t in texts), texts)
        labels = [c["label"] for c in sc.controls if c["type"] == "button"]
        self.assertIn("Delete", labels)
        self.assertNotIn("Hidden button", labels)

    def test_counts_are_what_is_visible_and_boxes_lie_on_the_text(self):
        def build(k, rng, host, title):
            items = "".join('<p class="g-item" style="margin:0;height:100px">Row %d</p>' % i for i in range(20))
            return ('<div data-count="rows" style="position:absolute;top:30px;left:0">%s</div>' % items,
                    [{"t": "count", "what": "rows", "group": "rows"}], [], "list")
        sc, rng = self.scene()
        facts, _, _ = W.render_page(sc, random.Random(0), [100, 50, 700, 650], "example.com", "t", build,
                                          overlays=False)
        count = next(f for f in facts if f["t"] == "count")
        # a 600 px tall viewport, 100 px rows from y = 30: the sixth ends at 630, out of view
        self.assertEqual(count["n"], 5)
        row0 = next(l for l in sc.lines if l["text"] == "Row 0")
        x0, y0, x1, y1 = row0["box"]
        self.assertTrue(100 <= x0 < x1 <= 700 and 50 <= y0 < y1 <= 650, row0)
        px = [sc.img.getpixel((x, y)) for x in range(x0, x1) for y in range(y0, y1)]
        self.assertTrue(any(sum(p) < 200 for p in px), "dark text pixels inside the recorded box")

    def test_whole_records_follow_the_contract_and_pass_the_truth_check(self):
        out = tempfile.mkdtemp()
        os.makedirs(os.path.join(out, "images", "train"))
        pool = [self.G._W["tpl"][k] for k in self.G.BG_POOL]
        for i in range(4):
            r = json.loads(W.make(out, "train", i, 7, self.G._W["fonts"], pool))
            self.assertEqual(r["source"], "chromium")
            self.assertTrue(r["id"].startswith("train_w"))
            self.assertEqual(check_record(r), [], r["id"])
            self.assertGreaterEqual(len(r["captions"]), 3)


if __name__ == "__main__":
    unittest.main()
