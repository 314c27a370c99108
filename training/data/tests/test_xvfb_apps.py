"""Real applications under Xvfb (xvfb.py, xvfb_scenes.py): Gnumeric, GPicView and LXAppearance scenes, the
held-out-kind filter and the merge of worker part files. The capture test needs Xvfb, openbox, xdotool, tesseract
and the three apps (skipped without them); the others run anywhere."""
import json
import os
import random
import shutil
import tempfile
import unittest

from training.data import xvfb as X
from training.data import xvfb_scenes as S
from training.data.check import check_record

TOOLS = ["Xvfb", "openbox", "xdotool", "tesseract", "display", "gnumeric", "gpicview", "lxappearance"]


class SceneDataTest(unittest.TestCase):
    def test_tables_and_pictures_vary_with_the_seed_and_repeat_with_it(self):
        self.assertEqual(S.sheet_data(random.Random(4)), S.sheet_data(random.Random(4)))
        tables = {json.dumps(S.sheet_data(random.Random(s))[3]) for s in range(6)}
        self.assertEqual(len(tables), 6)
        a, what, _ = S.draw_picture(random.Random(2), 300, 200)
        b, what2, _ = S.draw_picture(random.Random(2), 300, 200)
        self.assertEqual((a.tobytes(), what), (b.tobytes(), what2))
        self.assertEqual(a.size, (300, 200))

    def test_a_gnumeric_file_holds_every_cell_of_the_table(self):
        _, _, cols, rows, num = S.sheet_data(random.Random(7))
        xml = S.gnumeric_xml("Sheet1", [cols] + rows, num, [60.0] * len(cols))
        import xml.etree.ElementTree as ET
        cells = ET.fromstring(xml).iter("{http://www.gnumeric.org/v10.dtd}Cell")
        self.assertEqual(len(list(cells)), len(cols) * (len(rows) + 1))

    def test_held_out_kinds_stay_out_of_train_and_are_all_test_unseen_gets(self):
        train = [s for s, _ in X.scenarios_for("train", ["app.image_viewer"])]
        self.assertNotIn(S.sc_gpicview, train)
        self.assertIn(S.sc_gnumeric, train)
        self.assertIn(S.sc_gpicview, [s for s, _ in X.scenarios_for("train", [])])
        self.assertEqual([s for s, _ in X.scenarios_for("test_unseen", ["app.image_viewer"])], [S.sc_gpicview])

    def test_a_claimed_state_counts_only_when_its_text_was_read(self):
        tl = [["Enable antialiasing", [0, 0, 10, 10]], ["2024-03-09 Train", [0, 20, 10, 30]]]
        self.assertTrue(X.seen_on_screen([["Enable hinting", "Enable antialiasing"]], tl))
        self.assertTrue(X.seen_on_screen([["2024-03-09"]], tl))
        self.assertFalse(X.seen_on_screen([["2024-03-09"], ["Toolbar Style:"]], tl))
        self.assertTrue(X.seen_on_screen(None, tl))

    def test_worker_parts_are_appended_whole_and_removed(self):
        d = tempfile.mkdtemp()
        path = os.path.join(d, "train.extra.jsonl")
        with open(path, "w") as f:
            f.write('{"id": "train_w000001"}\n')
        with open(path + ".w0.part", "w") as f:
            f.write('{"id": "train_x000000"}\n{"id": "train_x000001"}\n')
        with open(path + ".w1.part", "w") as f:
            f.write('{"id": "train_x000002"}\n{"id": "train_x0000')  # a worker killed mid-line
        self.assertEqual(X.merge_parts(path), 3)
        with open(path) as f:
            ids = [json.loads(l)["id"] for l in f]
        self.assertEqual(ids, ["train_w000001", "train_x000000", "train_x000001", "train_x000002"])
        self.assertFalse([p for p in os.listdir(d) if p.endswith(".part")])


@unittest.skipUnless(all(shutil.which(t) for t in TOOLS), "needs %s" % " ".join(TOOLS))
class CaptureTest(unittest.TestCase):
    def test_spreadsheet_image_viewer_and_settings_records_pass_the_truth_check(self):
        out = tempfile.mkdtemp()
        os.makedirs(os.path.join(out, "images", "train"))
        tmp = tempfile.mkdtemp()
        rng = random.Random(5)
        d = X.Display(71, rng, tmp)
        kinds = {}
        try:
            for i, fn in enumerate([S.sc_gnumeric, S.sc_gpicview, S.sc_lxappearance]):
                r = None
                for attempt in range(2):  # a busy machine can show a half-drawn window: xvfb.py skips that shot too
                    p, info, known, win = fn(d, rng, tmp)
                    try:
                        if not win:
                            continue
                        full = d.grab()
                        tl = X.tesseract_lines(full)
                        if info.pop("ocr_window", False):
                            tl = X.with_window_lines(full, tl, d.active_box())
                        if X.seen_on_screen(info.pop("require", None), tl):
                            r = X.record(d, rng, full, info, known, None, [], "train", i, out, tl)
                            break
                    finally:
                        p.kill()
                        p.wait(timeout=10)
                self.assertIsNotNone(r, fn.__name__)
                kinds[r["kind"]] = r
                self.assertEqual(check_record(r), [], r["id"])
                self.assertTrue(os.path.exists(os.path.join(out, r["image"])))
                if fn is not S.sc_gpicview:  # a picture viewer may show no readable text but its title
                    self.assertTrue(r["ocr_lines"], fn.__name__)
                known_l = [k.lower() for k in known]
                gray = full.convert("L")
                for l in r["ocr_lines"]:
                    self.assertTrue(any(l["text"].lower() in k for k in known_l), l)  # text from the truth
                    x0, y0, x1, y1 = l["box"]
                    self.assertTrue(0 <= x0 < x1 <= r["width"] and 0 <= y0 < y1 <= r["height"], l)
                    lo, hi = gray.crop((x0, y0, x1, y1)).getextrema()
                    self.assertGreater(hi - lo, 60, l)  # ink on its background: the text lies on the picture
        finally:
            d.close()
        self.assertEqual(set(kinds), {"office.spreadsheet", "app.image_viewer", "app.settings"})
        sheet = kinds["office.spreadsheet"]
        self.assertEqual(sheet["truth"]["app"], "Gnumeric")
        self.assertTrue(sheet["truth"]["title"].endswith(" - Gnumeric"))
        self.assertTrue(any(f.startswith("count: ") for f in sheet["facts"]), sheet["facts"])
        self.assertIn(" ", kinds["app.image_viewer"]["truth"]["title"])  # "name.png (WxH) zoom%", as GPicView sets it
        self.assertTrue(any(f.startswith("selected tab: ") for f in kinds["app.settings"]["facts"]))


if __name__ == "__main__":
    unittest.main()
