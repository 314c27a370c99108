"""Clip art on the camera table (clipart.py, camera.py): title cleaning and filtering on hand-written titles (no dependencies),
rendering with rsvg-convert on a tiny hand-made SVG library (skipped without rsvg-convert), one real openclipart
object (skipped without /usr/share/openclipart), and the fallback without openclipart.
Run: /usr/bin/python3 -m unittest discover -s training/data/tests -t ."""
import json
import os
import random
import shutil
import tempfile
import unittest

import numpy as np
from PIL import Image

from training.data import camera as C
from training.data import clipart as K
from training.data import generate as G
from training.data.check import check_record

RSVG = shutil.which("rsvg-convert")
OPENCLIPART = os.path.isdir("/usr/share/openclipart/svg")

SVG = """<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
     xmlns:cc="http://web.resource.org/cc/" xmlns:dc="http://purl.org/dc/elements/1.1/" width="200" height="200">
  <metadata><rdf:RDF><cc:Work rdf:about="">
    <dc:title>{title}</dc:title>
    <dc:subject><rdf:Bag><rdf:li>food</rdf:li><rdf:li>fruit</rdf:li></rdf:Bag></dc:subject>
    <dc:creator><cc:Agent><dc:title>Jane Painter</dc:title></cc:Agent></dc:creator>
  </cc:Work></rdf:RDF></metadata>
  {body}
</svg>"""
APPLE = '<circle cx="100" cy="110" r="80" fill="#c82828"/><rect x="95" y="10" width="10" height="30" fill="#5a3c14"/>'


class Env:
    """Points clipart.py at given clip-art folders for one test and forgets its loaded index before and after."""

    def __init__(self, **env):
        self.env, self.old = env, {}

    def __enter__(self):
        for k, v in self.env.items():
            self.old[k] = os.environ.get(k)
            os.environ[k] = v
        K._CLIP = None
        return self

    def __exit__(self, *exc):
        for k, v in self.old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        K._CLIP = None


class TitleTest(unittest.TestCase):
    def test_titles_are_cleaned_of_credits_numbers_and_file_name_debris(self):
        self.assertEqual(K.clean_title("Clipart by Nicu Buculei - birthday_cake"), "birthday cake")
        self.assertEqual(K.clean_title("Trumpet B Flat (colour)"), "trumpet b flat")
        self.assertEqual(K.clean_title("Ice Cream Cone (2 Scoop)"), "ice cream cone")
        self.assertEqual(K.clean_title("Musical Note 2"), "musical note")
        self.assertEqual(K.clean_title("CayennePepper"), "cayenne pepper")
        self.assertEqual(K.clean_title("Apple by John Smith"), "apple")

    def test_a_concrete_object_is_kept_with_its_article(self):
        self.assertEqual(K.object_noun("banana", ["food", "banana"], "banana_nicu_01", "food/fruit/banana_nicu_01.svg"),
                         ("a banana", "banana", "food"))
        self.assertEqual(K.object_noun("Clipart by Nicu Buculei - birthday_cake", [], "birthday_cake")[:2],
                         ("a birthday cake", "birthday cake"))
        self.assertEqual(K.object_noun("Bananas", [], "bananas_nicu_buculei_01")[:2], ("some bananas", "banana"))
        self.assertEqual(K.object_noun("Scissors", [], "scissors_02")[:2], ("a pair of scissors", "scissors"))
        self.assertEqual(K.object_noun("Apple", ["food", "apple"], "applf")[0], "an apple")  # named in the keywords
        self.assertEqual(K.object_noun("mouse", [], "mouse_the_structorr_", "computer/mouse_the_structorr_.svg")[1],
                         "computer mouse")

    def test_a_colour_in_the_title_is_not_trusted(self):
        self.assertEqual(K.object_noun("Red Telephone", [], "red_telephone_mimooh_01")[0], "a telephone")

    def test_people_flags_logos_cartoons_text_and_abstract_art_are_rejected(self):
        for title, kws, stem in [("John Coltrane Portrait", [], "john_coltrane_portrait_j_01"),
                                 ("National Flag of the Republic of Estonia", ["flag"], "national_flag_of_the_re_"),
                                 ("Flag of Brazil", [], "flag_of_brazil"), ("Cartoon Apple", [], "cartoon_apple_k_yager_01"),
                                 ("apple", ["cartoon", "fruit"], "apple_k"), ("Linux powered", ["logo"], "linux_powered"),
                                 ("Motivo geometrico", [], "motivo_geometrico"), ("Baseball Bat (B and W)", [], "baseball_bat_bw"),
                                 ("SVG Gradient Collection by Alan Horkan, 2004.", [], "gradient-blue"),
                                 ("Sheriff Star", [], "sheriff_star"), ("Thanksgiving Spread", [], "thanksgiving_spread_01"),
                                 ("Apple With Worm", [], "apple_with_worm"), ("", [], "apple")]:
            self.assertIsNone(K.object_noun(title, kws, stem), title)

    def test_metadata_copied_from_another_drawing_is_rejected(self):
        self.assertIsNone(K.object_noun("Clipart by Nicu Buculei - book_01", [], "stappler"))  # a stapler titled book
        self.assertIsNone(K.object_noun("Clipart by Nicu Buculei - pear", ["food", "fruit"], "apple"))

    def test_folders_of_symbols_and_denied_files_are_rejected(self):
        self.assertIsNone(K.object_noun("Apple", [], "apple", "signs_and_symbols/apple.svg"))
        self.assertIsNone(K.object_noun("flower-pot", [], "flower-pot_01", "food/beverages/flower-pot_01.svg"))

    def test_svg_meta_reads_the_work_title_not_the_creator(self):
        title, kws = K.svg_meta(SVG.format(title="Apple", body=APPLE))
        self.assertEqual(title, "Apple")
        self.assertEqual(kws, ["food", "fruit"])

    def test_colours_go_only_into_singular_phrases(self):
        self.assertEqual(C.with_colour("an umbrella", "red"), "a red umbrella")
        self.assertEqual(C.with_colour("a car", "orange"), "an orange car")
        self.assertEqual(C.with_colour("some grapes", "purple"), "some grapes")
        self.assertEqual(C.with_colour("a red car", "red"), "a red car")


@unittest.skipUnless(RSVG, "needs rsvg-convert (apt-get install librsvg2-bin)")
class HandMadeLibraryTest(unittest.TestCase):
    """A three-file library: an apple, a broken SVG titled like an object, and a flag."""

    def setUp(self):
        self.tmp = tempfile.mkdtemp()
        self.lib = os.path.join(self.tmp, "svg")
        os.makedirs(os.path.join(self.lib, "food"))
        with open(os.path.join(self.lib, "food", "apple_jane_01.svg"), "w") as f:
            f.write(SVG.format(title="Apple", body=APPLE))
        with open(os.path.join(self.lib, "food", "pear_broken_01.svg"), "w") as f:
            f.write(SVG.format(title="Pear", body=APPLE)[:-40])  # truncated: not well-formed XML
        with open(os.path.join(self.lib, "food", "flag_of_nowhere.svg"), "w") as f:
            f.write(SVG.format(title="Flag of Nowhere", body=APPLE))
        self.env = Env(GLANCE_OPENCLIPART_DIR=self.lib, GLANCE_CLIPART_DIR=os.path.join(self.tmp, "cache"))
        self.env.__enter__()

    def tearDown(self):
        self.env.__exit__()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def test_index_keeps_titled_objects_and_is_written_once(self):
        kept = K.clipart()
        self.assertEqual([e[:3] for e in kept], [("food/apple_jane_01.svg", "an apple", "apple"),
                                                 ("food/pear_broken_01.svg", "a pear", "pear")])
        self.assertTrue(os.path.exists(os.path.join(K.clip_dir(), "index-v%d.json" % K.CLIP_VERSION)))

    def test_a_rendered_object_has_alpha_and_pixels_and_a_broken_svg_is_skipped(self):
        png = K.clip_png("food/apple_jane_01.svg")
        im = Image.open(png)
        self.assertEqual(im.mode, "RGBA")
        a = np.asarray(im.getchannel("A"))
        self.assertGreater((a > 200).mean(), 0.3)
        self.assertGreater((a == 0).mean(), 0.05)  # trimmed, but a circle leaves transparent corners
        self.assertTrue(0.6 * K.CLIP_PX <= max(im.size) <= K.CLIP_PX, im.size)
        self.assertEqual(K.clip_png("food/apple_jane_01.svg"), png)  # reused
        self.assertIsNone(K.clip_png("food/pear_broken_01.svg"))
        self.assertTrue(os.path.exists(png[:-len("apple_jane_01.png")] + "pear_broken_01.fail"))
        self.assertIsNone(K.clip_png("food/pear_broken_01.svg"))  # not tried again

    def test_a_camera_record_with_clip_art_passes_the_corpus_check(self):
        G._init(None)
        out = tempfile.mkdtemp(dir=self.tmp)
        os.makedirs(os.path.join(out, "images", "val"))
        seen = 0
        for i in range(12):
            rng = random.Random("clip/%d" % i)
            img, info, ctx, lines = C.render(rng, G._W["fonts"], "objects")
            r = json.loads(G.build_record(out, "val", "%06d" % i, "camera", "camera.objects", img, info, ctx, lines, rng))
            self.assertEqual(check_record(r), [])
            objs = next(f["items"] for f in r["truth"]["facts"] if f["t"] == "objects")
            self.assertGreaterEqual(len(objs), 1)
            for o in objs:
                x0, y0, x1, y1 = o["box"]
                self.assertTrue(0 <= x0 < x1 <= r["width"] and 0 <= y0 < y1 <= r["height"], o)
                self.assertEqual(o["count"], 1)
                self.assertIn(o["noun"], " ".join(r["captions"]) + r["detailed"] + " ".join(r["facts"]))
                if o["source"] == "openclipart":
                    seen += 1
                    self.assertEqual(o["noun"], "apple")
                    self.assertIn(o["phrase"], "; ".join(r["facts"]))
        self.assertGreater(seen, 0)


class FallbackTest(unittest.TestCase):
    def test_without_openclipart_the_table_uses_stamps_or_drawn_shapes(self):
        with Env(GLANCE_OPENCLIPART_DIR="/nonexistent/openclipart"):
            self.assertEqual(K.clipart(), [])
            img, info, ctx, lines = C.render(random.Random(3), None, "objects")
            objs = next(f["items"] for f in info["facts"] if f["t"] == "objects")
            self.assertTrue(objs and all(o["source"] in ("tuxpaint", "drawn") for o in objs))
            self.assertNotIn(ctx["surface"], [s for s, _ in C.EXTRA_SURFACES])


@unittest.skipUnless(RSVG and OPENCLIPART, "needs openclipart-svg and rsvg-convert")
class OpenclipartTest(unittest.TestCase):
    def test_a_real_openclipart_object_renders_with_alpha(self):
        rel = "food/fruit/bananas_nicu_buculei_01.svg"  # any kept file would do; this one is in openclipart-svg 1:0.18
        if not os.path.exists(os.path.join("/usr/share/openclipart/svg", rel)):
            self.skipTest("this openclipart version lacks " + rel)
        with open(os.path.join("/usr/share/openclipart/svg", rel), encoding="utf-8") as f:
            meta = K.svg_meta(f.read())
        self.assertEqual(K.object_noun(meta[0], meta[1], os.path.basename(rel)[:-4], rel)[1], "banana")
        tmp = tempfile.mkdtemp()
        try:
            with Env(GLANCE_OPENCLIPART_DIR="/usr/share/openclipart/svg", GLANCE_CLIPART_DIR=tmp):
                im = Image.open(K.clip_png(rel))
                a = np.asarray(im.getchannel("A"))
                self.assertEqual(im.mode, "RGBA")
                self.assertGreater((a > 200).mean(), 0.2)
                self.assertGreater((a == 0).mean(), 0.05)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    unittest.main()
