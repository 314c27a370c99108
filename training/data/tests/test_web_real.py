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


class IconTableTest(unittest.TestCase):
    def test_every_family_found_here_points_at_existing_files_and_misses_few_meanings(self):
        fams = W.icon_families()
        for fam, icons in fams.items():
            self.assertGreaterEqual(len(icons), 20, fam)
            self.assertTrue(set(icons) <= set(W.ICONS), fam)
            for m, spec in icons.items():
                if "path" in spec:
                    self.assertTrue(os.path.exists(spec["path"]), (fam, m))

    def test_a_family_without_files_is_skipped_and_pages_still_build(self):
        saved = dict(W._STATE)
        try:
            W._STATE["icon_families"] = {}
            k = W.Kit("bootstrap", "light", random.Random(0), W.IconSet("papirus", random.Random(0)))
            self.assertEqual(k.icon("delete"), "")
            self.assertEqual(k.icon_button("delete"), "")
            body, facts, _, _ = W.mail(k, random.Random(1), "example.com", "Inbox (3) - a@b.c")
            self.assertNotIn("data-icon", body)
        finally:
            W._STATE.clear()
            W._STATE.update(saved)

    def test_icon_facts_name_icon_buttons_by_meaning(self):
        shown = [{"type": "icon button", "label": "Delete", "meaning": "delete", "toolbar": True},
                 {"type": "icon button", "label": "Print", "meaning": "print", "toolbar": True},
                 {"type": "icon", "label": "user", "meaning": "user", "toolbar": False}]
        facts = W.icon_facts(shown, W.IconSet("bootstrap-icons", random.Random(0)), random.Random(0))
        self.assertEqual(facts[0]["t"], "icons")
        self.assertEqual([i["meaning"] for i in facts[0]["items"]], ["delete", "print", "user"])
        self.assertIn("delete and print", facts[1]["text"])
        self.assertEqual(facts[1]["fact"], "icon button: delete; icon button: print")


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

    def test_each_icon_family_draws_its_icons_where_they_are_recorded(self):
        fams = W.icon_families()
        if not fams:
            self.skipTest("no icon family installed (web assets or /usr/share/icons)")
        for fam in sorted(fams):
            for theme in ("light", "dark", "high contrast"):
                def build(k, rng, host, title):
                    return ('<p style="font-size:32px;margin:20px">%s %s</p>%s' % (
                        k.icon("print"), k.icon("search"), k.toolbar(["delete", "settings"])), [], [], "web page")
                sc, rng = self.scene()
                W.render_page(sc, random.Random(2), [0, 0, 900, 700], "example.com", "t", build, overlays=False,
                              family=fam, theme=theme)
                icons = [c for c in sc.controls if c["type"] == "icon"]
                self.assertEqual(sorted(c["label"] for c in icons), ["print", "search"], (fam, theme))
                buttons = [c["label"] for c in sc.controls if c["type"] == "icon button"]
                self.assertEqual(buttons, ["Delete", "Settings"], (fam, theme))
                for c in icons:
                    x0, y0, x1, y1 = c["box"]
                    self.assertGreater(x1 - x0, 20, (fam, theme, c))
                    bg = sc.img.getpixel((x0 - 4, (y0 + y1) // 2))
                    px = [sc.img.getpixel((x, y)) for x in range(x0, x1) for y in range(y0, y1)]
                    ink = sum(1 for p in px if sum(abs(a - b) for a, b in zip(p, bg)) > 90)
                    self.assertGreater(ink, 0.03 * len(px), "icon %s of %s in %s is not drawn" % (c["label"], fam, theme))

    def test_an_icon_under_a_modal_backdrop_is_not_recorded(self):
        def build(k, rng, host, title):
            body = (k.toolbar(["delete", "print"]) + '<p>%s Behind</p>' % k.icon("star") +
                    '<div style="position:fixed;inset:0;background:rgba(0,0,0,.5)"></div>'
                    '<div style="position:fixed;top:200px;left:200px;width:400px;background:#fff;padding:16px">'
                    '<p>Close this?</p>%s</div>' % k.icon_button("close"))
            return body, [], [], "web page"
        sc, rng = self.scene()
        fam = "bootstrap-icons" if "bootstrap-icons" in W.icon_families() else next(iter(W.icon_families()), None)
        if fam is None:
            self.skipTest("no icon family installed")
        facts, _, _ = W.render_page(sc, random.Random(3), [0, 0, 900, 700], "example.com", "t", build,
                                    overlays=False, family=fam, theme="light")
        got = [(c["type"], c["label"]) for c in sc.controls if c["type"] in ("icon", "icon button")]
        self.assertEqual(got, [("icon button", "Close")])
        icons = next(f for f in facts if f["t"] == "icons")
        self.assertEqual([i["meaning"] for i in icons["items"]], ["close"])

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
        icons = 0
        for i in range(6):
            r = json.loads(W.make(out, "train", i, 7, self.G._W["fonts"], pool))
            self.assertEqual(r["source"], "chromium")
            self.assertTrue(r["id"].startswith("train_w"))
            self.assertEqual(check_record(r), [], r["id"])
            self.assertGreaterEqual(len(r["captions"]), 3)
            icons += sum(c["type"] in ("icon", "icon button") for c in r["truth"]["controls"])
        if W.icon_families():
            self.assertGreater(icons, 0, "some page shows an icon")


if __name__ == "__main__":
    unittest.main()
