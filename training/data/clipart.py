"""openclipart for the camera table scenes: titled SVGs kept when the title names one photographable object,
rasterized on demand into a reusable PNG cache.

The index (which SVGs, which noun) is built once from the SVG metadata and kept beside the PNG cache
(~/.cache/glance/clipart or GLANCE_CLIPART_DIR); a PNG is rendered by rsvg-convert the first time it is drawn and
reused afterwards; an SVG that fails to render, times out, or renders empty, as line art or on a full background is
marked .fail and never tried again. Bump CLIP_VERSION when _clip_problem changes (the PNGs live in
png-v<CLIP_VERSION>); the index is rebuilt by itself when the title filter changes (_filter_key).
  svg_meta .. object_noun  title/keyword parsing and the title filter (a curated allow-list of object nouns, reject
                           words and folders, a file deny-list from looking at contact sheets)
  build_clip_index .. clip_png, _clip_problem   the index, the cache, rsvg-convert with a time limit, and renders
                           that do not look like an object photo
  clip_colour              a colour name only when one saturated colour covers most of the drawing
  main                     python3 -m training.data.clipart: build the whole cache now, with counts
"""
import hashlib
import json
import os
import re
import shutil
import subprocess

import numpy as np
from PIL import Image, ImageFilter

CLIP_VERSION = 1
CLIP_PX = 480          # longer side of the rasterized PNG
CLIP_TIMEOUT = 20      # seconds per SVG
_CLIP = None
_OBJ = {
    "food": "apple pear banana orange lemon lime cherry grape strawberry raspberry blueberry watermelon melon "
            "pineapple peach plum apricot kiwi coconut mango tomato carrot potato onion garlic pepper broccoli "
            "cabbage lettuce cucumber corn pumpkin mushroom eggplant aubergine bread loaf baguette croissant cake "
            "cupcake muffin donut doughnut cookie biscuit pie pizza sandwich hamburger burger hotdog burrito taco "
            "cheese butter egg sausage ham steak chicken_leg ice_cream ice_cream_cone lollipop candy chocolate "
            "popsicle pretzel fries french_fries spaghetti noodles sushi pancake waffle toast honey jam "
            "wine_bottle beer beer_mug wine_glass milk juice juice_box soda_can coffee tea nut walnut hazelnut "
            "peanut acorn birthday_cake pizza_slice cheese_pizza_slice watermelon_slice fruit_bowl marshmallow",
    "kitchen": "cup mug coffee_cup teacup teapot kettle bowl plate fork knife spoon pan frying_pan saucepan pot jar "
               "bottle glass toaster blender mixer grater whisk rolling_pin cutting_board meat_grinder coffee_maker "
               "salt_shaker pepper_mill",
    "household": "vase candle lamp clock alarm_clock watch key lock padlock umbrella basket box cardboard_box gift "
                 "present gift_box bucket broom vacuum_cleaner towel soap toothbrush comb mirror wallet purse handbag "
                 "bag paper_bag backpack suitcase coin piggy_bank pillow cushion teddy_bear doll light_bulb "
                 "lightbulb flashlight torch matches hourglass sand_glass safety_pin button needle thread yarn "
                 "baby_bottle bell jingle_bell trophy medal ring_binder plant_pot flower_pot watering_can",
    "furniture": "chair armchair stool sofa couch bed shelf bookshelf bookcase cabinet dresser bench rocking_chair",
    "tools": "hammer screwdriver wrench spanner saw pliers drill axe hatchet shovel spade rake scissors ruler "
             "tape_measure paintbrush paint_brush paint_roller brush magnifying_glass ladder wheelbarrow shears "
             "hedge_shears mallet trowel toolbox compass thermometer telescope microscope binoculars stapler "
             "pen pencil crayon marker eraser rubber paper_clip paperclip thumbtack pushpin pin envelope "
             "notebook book books newspaper calculator stamp rubber_stamp globe scale gear syringe stethoscope "
             "pill_bottle flask test_tube funnel blacksmith_hammer screw nail bolt nut_bolt",
    "animals": "cat kitten dog puppy horse pony cow pig sheep lamb goat rabbit bunny hamster fox bear lion tiger "
               "elephant giraffe zebra monkey bird duck chicken hen rooster owl eagle parrot penguin swan seagull "
               "gull crow flamingo fish goldfish dolphin whale orca shark turtle tortoise frog toad snake lizard "
               "butterfly bee ladybug ladybird spider ant snail crab lobster crawfish squirrel deer camel bison "
               "bat scorpion mosquito dragonfly caterpillar beetle hedgehog mouse rat koala kangaroo panda "
               "angelfish",
    "vehicles": "car sports_car sportcar racing_car truck lorry bus bicycle bike motorcycle motorbike scooter tractor "
                "train locomotive airplane aeroplane plane helicopter boat sailboat ship fire_engine fire_truck "
                "ambulance taxi van jeep rocket skateboard submarine canoe kayak police_car",
    "plants": "flower rose tulip daisy sunflower daffodil lily orchid tree palm_tree palm cactus plant leaf "
              "toadstool pine_cone clover bonsai fern",
    "clothing": "hat cap baseball_cap top_hat tophat shirt t_shirt tshirt dress skirt trousers jeans shorts shoe "
                "boot sneaker sandal sock glove mitten scarf tie necktie bow_tie jacket coat sweater belt ring "
                "necklace bracelet earring glasses sunglasses helmet football_helmet hiking_boot tennis_shoe "
                "slipper high_heel",
    "electronics": "computer laptop monitor lcd_monitor keyboard computer_mouse printer scanner phone telephone "
                   "mobile_phone cell_phone cellular_phone smartphone camera digital_camera camcorder television tv "
                   "radio speaker loudspeaker headphones microphone remote_control joystick gamepad joypad "
                   "game_controller cd compact_disc floppy_disk floppy battery pda tablet cassette "
                   "video_cassette record vinyl_record cd_player boombox webcam usb_stick router projector",
    "music": "guitar electric_guitar acoustic_guitar bass_guitar violin cello trumpet saxophone flute drum drums harp "
             "piano xylophone maracas tambourine oboe trombone french_horn banjo accordion harmonica",
    "sports": "ball soccer_ball football basketball baseball tennis_ball volleyball bowling_ball golf_ball beach_ball "
              "tennis_racket racket racquet baseball_bat cricket_bat baseball_glove surfboard dice die "
              "chess_piece dartboard kite balloon rubber_duck badminton_racket handball rugby_ball puzzle yo_yo",
}
OBJECT_NOUNS = {n.replace("_", " "): cat for cat, s in _OBJ.items() for n in s.split()}
PAIR_NOUNS = {"scissors", "binoculars", "headphones", "glasses", "sunglasses", "pliers", "jeans", "trousers",
              "shorts", "shears", "hedge shears", "maracas"}
PLURAL_NOUNS = {"fries", "french fries", "drums", "books", "noodles", "spaghetti", "matches", "dice", "cherries",
                "grapes", "balloons"}
MASS_NOUNS = {"butter", "cheese", "bread", "milk", "juice", "honey", "jam", "coffee", "tea", "chocolate", "corn", "toast",
              "ham", "candy", "popcorn"}
_RENAME = {"sportcar": "sports car", "tophat": "top hat", "tshirt": "t-shirt", "t shirt": "t-shirt", "lightbulb": "light bulb",
           "paperclip": "paper clip", "joypad": "gamepad", "handphone": "mobile phone", "cellular phone": "mobile phone",
           "sand glass": "hourglass", "racquet": "racket", "tv": "television", "aeroplane": "airplane",
           "hotdog": "hot dog", "pda": "PDA", "cd": "CD", "ladybird": "ladybug", "floppy": "floppy disk",
           "lcd monitor": "monitor"}
_MODIFIERS = set("red green blue yellow orange purple pink black white brown grey gray gold golden silver wooden wood "
                 "glass metal plastic paper leather small large big little tall short round square open closed old "
                 "new empty full fresh sliced half whole ripe green striped shiny".split())
_FILLER = {"a", "an", "the", "simple", "basic", "generic", "plain", "my", "another", "colour", "color", "coloured",
           "colored", "nice", "stock", "clip", "art"}
_REJECT = set("cartoon comic character mascot funny cute smiley face faces people person man woman boy girl kid kids "
              "baby lady guy icon icons symbol symbols sign signs logo logos flag flags map maps pattern patterns "
              "texture background wallpaper border frame banner button buttons text label diagram chart graph "
              "scene landscape illustration silhouette outline contour sketch stylized stylised shape shapes arrow "
              "set collection various clipart tux penguins sticker emblem badge tattoo tatoo bw "
              "mateya slice slices wedge half core bitten piece pieces part parts abstract ornament decoration decorative heraldry coat_of_arms card cards tile tiles frame form "
              "ninja psycho dead evil angry monster zombie skull alien robot fantasy dragon unicorn theme menu "
              "webpage toolbar mimetypes filesystem action".split())
_REJECT_DIRS = ("shapes", "special", "signs_and_symbols", "logos", "geography", "computer/icons", "computer/buttons",
                "computer/diagrams", "computer/folders", "computer/network", "computer/games", "buttons", "people",
                "transportation/aiga-symbols", "transportation/roadsigns", "recreation/games/cards", "decorations",
                "unsorted/duplicates", "science/astronomy", "buildings/homes", "recreation/religion",
                "animals/dinosaurs", "animals/fantasy", "education/diagrams")
_KEEP_DIRS = ("people/clothing",)
_DIR_CATS = {"food/": ("food", "kitchen"), "animals/": ("animals",), "plants/": ("plants", "food")}
_COLOURS = {"red", "green", "blue", "yellow", "orange", "purple", "pink", "black", "white", "brown", "grey", "gray",
            "gold", "golden", "silver"}
# Looked at one by one (python3 -m training.data.camera --clipart, then a contact sheet): the title names something
# else than the drawing, the drawing holds words, shows a person or a whole scene, or is a faint outline.
DENY_FILES = {"flower-pot_01.svg", "flower-pot_02.svg", "pear_jean-victor_balin_01r.svg", "lamp_sergio_luiz_araujo__01.svg",
              "thumbtack_linda_kim_01.svg", "cactus_linda_kim_01.svg", "plants/trees/tree_01.svg", "scale_01.svg",
              "drill_peterm_.svg", "bicycle_philippe_colin_01.svg", "newspaper_nicu_buculei_01.svg", "battery_01.svg",
              "beer1.svg", "simple_shovel_jeff_simps_01.svg", "earring_frouke_01.svg", "bear_peterm_01.svg",
              "caterpillar_david_wislon_01.svg", "bugs/bee.svg", "mosquito_peterm_01.svg", "pink-rose_tess_brady_01.svg",
              "books/open_book_01.svg", "goat_nicu_buculei_01.svg"}
_WORK = re.compile(r"<(?:cc:)?Work\b.*?</(?:cc:)?Work>", re.S)
_AGENT = re.compile(r"<(?:cc:)?Agent\b.*?</(?:cc:)?Agent>", re.S)
_DCTITLE = re.compile(r"<dc:title>([^<]*)</dc:title>")
_LI = re.compile(r"<rdf:li>([^<]*)</rdf:li>")
_SVGTITLE = re.compile(r"<title[^>]*>([^<]*)</title>")
_TEXT = re.compile(r"<(?:svg:)?text\b[^>]*>(?:\s*<[^>]*>)*\s*[^<\s]", re.S)


def svg_meta(text):
    """(title, keywords) of an openclipart SVG: the work's dc:title (not its creator's or publisher's) and dc:subject
    keywords; the SVG <title> when there is no RDF work."""
    m = _WORK.search(text)
    title, kws = "", []
    if m:
        w = _AGENT.sub("", m.group(0))
        t = _DCTITLE.search(w)
        title = t.group(1).strip() if t else ""
        kws = [k.strip().lower() for k in _LI.findall(w) if k.strip()]
    if not title:
        t = _SVGTITLE.search(text)
        title = t.group(1).strip() if t else ""
    return title, kws


def clean_title(title):
    """Lower-case words of a clip-art title without author credit, numbers, parentheses or file-name debris:
    'Clipart by Nicu Buculei - birthday_cake' -> 'birthday cake', 'Trumpet B Flat (colour)' -> 'trumpet b flat'."""
    t = re.sub(r"&amp;|&[a-z]+;", " ", title)
    t = re.sub(r"(?i)^clip\s*art\s+by\s+.*?\s+-\s+", "", t)
    t = re.sub(r"(?i)\s+(by|from|par|di|von)\s+.*$", "", t)
    t = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", t)
    t = re.sub(r"\.svg$", "", t.strip())
    t = re.sub(r"([a-z])([A-Z])", r"\1 \2", t)
    t = re.sub(r"[_\-.,:;/+!?'\"]", " ", t).lower()
    return " ".join(w for w in t.split() if not any(c.isdigit() for c in w))


def _singular(w):
    if w in OBJECT_NOUNS or w in PAIR_NOUNS or w in PLURAL_NOUNS:
        return w
    for cut, add in (("ies", "y"), ("oes", "o"), ("es", ""), ("s", "")):
        if w.endswith(cut) and w[:-len(cut)] + add in OBJECT_NOUNS:
            return w[:-len(cut)] + add
    return None


def object_noun(title, keywords=(), stem="", rel=""):
    """(phrase, noun, category) when a clip-art title names one concrete, photographable object, else None.
    phrase carries its article ('a red apple', 'some cherries', 'a pair of scissors'); noun is the bare head noun.
    The head noun must also occur in the file name or the keywords: this drops the many SVGs whose metadata was
    copied from another drawing."""
    if rel and ((rel.startswith(_REJECT_DIRS) and not rel.startswith(_KEEP_DIRS))
                or os.path.basename(rel) in DENY_FILES or any(rel.endswith("/" + d) for d in DENY_FILES if "/" in d)):
        return None
    raw = title.strip()
    if not raw or len(raw) > 40 or re.search(r"(?i)\b(b\s*and\s*w|black\s+and\s+white|bw)\b", raw + " " + stem):
        return None
    words = [w for w in clean_title(raw).split() if w not in _FILLER]
    stem_words = set(re.sub(r"[^a-z]+", " ", stem.lower()).split())
    if not words or len(words) > 3 or _REJECT & (set(words) | set(keywords) | stem_words):
        return None
    for k in (3, 2, 1):
        if len(words) < k:
            continue
        head = " ".join(words[-k:])
        plural = False
        if head in OBJECT_NOUNS or head in PAIR_NOUNS or head in PLURAL_NOUNS:
            base = head
        else:
            last = _singular(words[-1])
            base = " ".join(words[-k:-1] + [last]) if last else None
            if base is None or base not in OBJECT_NOUNS:
                continue
            plural = True
        mods = words[:-k]
        if any(m not in _MODIFIERS for m in mods):
            return None
        key = base.split()[-1]
        hay = " ".join(sorted(stem_words)) + " " + " ".join(keywords).lower()
        if not any(key[:5] in x for x in hay.split()) and not any(w[:5] in hay for w in base.split()):
            return None
        cat = OBJECT_NOUNS.get(base, "household" if base in PAIR_NOUNS or base in PLURAL_NOUNS else "")
        if any(rel.startswith(d) and cat not in c for d, c in _DIR_CATS.items()):
            return None
        if base == "grape":
            base, head, plural = "grapes", "grapes", True
        if base == "mouse" and rel.startswith("computer"):
            base, cat = "computer mouse", "electronics"
        noun = _RENAME.get(base, base)
        shown = " ".join([m for m in mods if m not in _COLOURS] + [noun if not plural else head])  # colour: measured
        if noun in PAIR_NOUNS or (not plural and base in PAIR_NOUNS):
            phrase = "a pair of " + shown
        elif plural or base in PLURAL_NOUNS or noun in MASS_NOUNS:
            phrase = "some " + shown
        else:
            phrase = ("an " if shown[:1] in "aeiou" else "a ") + shown
        return phrase, noun, cat
    return None


def clip_dir():
    return os.environ.get("GLANCE_CLIPART_DIR") or os.path.join(os.path.expanduser("~"), ".cache", "glance", "clipart")


def clip_root():
    return os.environ.get("GLANCE_OPENCLIPART_DIR", "/usr/share/openclipart/svg")


def build_clip_index(root=None, out=None):
    """Scan the SVGs once; returns {version, root, scanned, kept: [[rel, phrase, noun, category], ...]} (sorted)."""
    root = root or clip_root()
    kept, scanned, seen = [], 0, set()
    for dp, dns, fns in os.walk(root):
        dns.sort()
        for fn in sorted(fns):
            if not fn.endswith(".svg"):
                continue
            scanned += 1
            p = os.path.join(dp, fn)
            rel = os.path.relpath(p, root)
            try:
                with open(p, "rb") as f:
                    text = f.read().decode("utf-8", "replace")
            except OSError:
                continue
            title, kws = svg_meta(text[:300000])
            hit = object_noun(title, kws, fn[:-4], rel)
            digest = hashlib.sha1(text.encode("utf-8", "replace")).hexdigest()
            if hit and not _TEXT.search(text) and digest not in seen:  # the package holds many copies of one file
                seen.add(digest)
                kept.append([rel] + list(hit))
    kept.sort()
    idx = {"version": CLIP_VERSION, "filter": _filter_key(), "root": root, "scanned": scanned, "kept": kept}
    if out:
        os.makedirs(os.path.dirname(out), exist_ok=True)
        tmp = "%s.%d.tmp" % (out, os.getpid())
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(idx, f, indent=0)
        os.replace(tmp, out)
    return idx


def _filter_key():
    """Changes whenever the title filter changes, so that a stale index is rebuilt."""
    blob = json.dumps([sorted(OBJECT_NOUNS.items()), sorted(_REJECT), sorted(_MODIFIERS), sorted(_FILLER), sorted(DENY_FILES),
                       _REJECT_DIRS, sorted(_RENAME.items()), sorted(PAIR_NOUNS | PLURAL_NOUNS | MASS_NOUNS)])
    return hashlib.sha1(blob.encode()).hexdigest()[:12]


def clipart():
    """The kept clip-art entries [rel, phrase, noun, category], [] without openclipart or rsvg-convert."""
    global _CLIP
    if _CLIP is None:
        _CLIP = []
        root = clip_root()
        if os.path.isdir(root) and shutil.which("rsvg-convert"):
            path = os.path.join(clip_dir(), "index-v%d.json" % CLIP_VERSION)
            idx = None
            try:
                with open(path, encoding="utf-8") as f:
                    idx = json.load(f)
                if idx.get("version") != CLIP_VERSION or idx.get("root") != root or idx.get("filter") != _filter_key():
                    idx = None
            except (OSError, ValueError):
                pass
            if idx is None:
                try:
                    idx = build_clip_index(root, path)
                except OSError:
                    idx = build_clip_index(root)
            _CLIP = [tuple(e) for e in idx["kept"]]
    return _CLIP


def clip_png(rel):
    """Path of the rasterized, trimmed RGBA PNG of one SVG (rendered now if needed), or None if it cannot be used."""
    base = os.path.join(clip_dir(), "png-v%d" % CLIP_VERSION, rel[:-4].replace(os.sep, "__"))
    png, fail = base + ".png", base + ".fail"
    if os.path.exists(png):
        return png
    if os.path.exists(fail):
        return None
    os.makedirs(os.path.dirname(png), exist_ok=True)
    tmp = "%s.%d.tmp.png" % (base, os.getpid())
    why = ""
    svg = os.path.join(clip_root(), rel)
    try:
        why = _rsvg(svg, CLIP_PX, CLIP_PX, tmp)
        if not why:
            with Image.open(tmp) as im:
                im = im.convert("RGBA")
            box = im.getchannel("A").getbbox()
            if box and max(box[2] - box[0], box[3] - box[1]) < 0.6 * CLIP_PX:  # a small drawing on a large page
                f = min(6.0, CLIP_PX / max(box[2] - box[0], box[3] - box[1]))
                why = _rsvg(svg, int(im.width * f), int(im.height * f), tmp)
                if not why:
                    with Image.open(tmp) as im:
                        im = im.convert("RGBA")
        if not why:
            why = _clip_problem(im)
            if not why:
                im.crop(im.getchannel("A").getbbox()).save(tmp)
                os.replace(tmp, png)
                return png
    except subprocess.TimeoutExpired:
        why = "timeout"
    except (OSError, ValueError) as e:
        why = type(e).__name__
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
    with open(fail, "w") as f:
        f.write(why + "\n")
    return None


def _rsvg(svg, w, h, out):
    """Render svg to out (PNG, alpha) fitted in w x h; '' on success, else why not."""
    r = subprocess.run(["rsvg-convert", "-a", "-w", str(w), "-h", str(h), "-f", "png", "-o", out, svg],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=CLIP_TIMEOUT)
    return "rsvg-convert exit %d" % r.returncode if r.returncode else ""


def _clip_problem(im):
    """Why a rendered clip is not a usable object photo ('' when it is): empty, tiny, a thin sliver, a full
    rectangular background, thin line art (little is left after eroding the shape by 3 px), or a flat black
    silhouette (no colour, mostly black, almost no mid-tones)."""
    alpha = im.getchannel("A")
    box = alpha.getbbox()
    if box is None or np.asarray(alpha).mean() < 2.5:
        return "empty"
    bw, bh = box[2] - box[0], box[3] - box[1]
    if max(bw, bh) < CLIP_PX * 0.25:
        return "tiny"
    if max(bw, bh) > 16 * min(bw, bh):
        return "sliver"
    mask = np.asarray(alpha.crop(box)) > 128
    rim = np.concatenate([mask[0], mask[-1], mask[:, 0], mask[:, -1]])
    if mask.mean() > 0.95 and rim.mean() > 0.9:  # drawn on a card or a full page
        return "background"
    core = np.asarray(alpha.crop(box).filter(ImageFilter.MinFilter(7))) > 128
    if core.sum() < 0.45 * max(1, mask.sum()):
        return "line art"
    rgb = np.asarray(im.convert("RGB").crop(box), np.float32)[mask]
    sat = rgb.max(1) - rgb.min(1)
    luma = rgb.mean(1)
    if (sat > 40).mean() < 0.04 and (luma < 70).mean() > 0.5 and ((luma >= 70) & (luma < 200)).mean() < 0.03:
        return "silhouette"
    return ""


_BASIC = {"red": "red", "dark red": "red", "orange": "orange", "yellow": "yellow", "green": "green", "dark green": "green",
          "blue": "blue", "light blue": "blue", "navy": "blue", "purple": "purple", "pink": "pink"}
COLOUR_CATS = ("household", "kitchen", "tools", "vehicles", "clothing", "electronics", "sports", "music", "furniture")


def clip_colour(im):
    """A saturated basic colour name when it covers >= 60 % of the object's opaque pixels, else ''. Greys, black,
    white and brown are never named: shaded drawings of them come out as any of these."""
    sm = im.resize((24, 24), Image.Resampling.BILINEAR)
    px = [p for p in sm.getdata() if p[3] > 200]
    if len(px) < 20:
        return ""
    from .compose import _cname
    cnt = {}
    for p in px:
        n = _BASIC.get(_cname(p[:3]), "")
        cnt[n] = cnt.get(n, 0) + 1
    name, k = max(cnt.items(), key=lambda kv: (kv[1], kv[0]))
    return name if name and k >= 0.6 * len(px) else ""


def main(argv=None):
    """python3 -m training.data.clipart [--jobs 2]: build the clip-art index and render every kept SVG now
    (otherwise each is rendered the first time a scene draws it); prints the counts and the time."""
    import argparse
    import time
    from concurrent.futures import ThreadPoolExecutor
    ap = argparse.ArgumentParser(description=main.__doc__)
    ap.add_argument("--jobs", type=int, default=2)
    a = ap.parse_args(argv)
    t0 = time.time()
    idx = build_clip_index(clip_root(), os.path.join(clip_dir(), "index-v%d.json" % CLIP_VERSION))
    t1 = time.time()
    with ThreadPoolExecutor(max(1, a.jobs)) as ex:
        ok = list(ex.map(lambda e: clip_png(e[0]) is not None, idx["kept"]))
    t2 = time.time()
    why = {}
    for e, good in zip(idx["kept"], ok):
        if not good:
            fail = os.path.join(clip_dir(), "png-v%d" % CLIP_VERSION, e[0][:-4].replace(os.sep, "__") + ".fail")
            try:
                with open(fail) as f:
                    r = f.read().strip()
            except OSError:
                r = "?"
            why[r] = why.get(r, 0) + 1
    print("openclipart: %d SVGs scanned, %d kept by title, %d rendered, %d unusable %s; index %.1f s, render %.1f s; "
          "cache %s" % (idx["scanned"], len(idx["kept"]), sum(ok), len(ok) - sum(ok), json.dumps(why, sort_keys=True),
                        t1 - t0, t2 - t1, clip_dir()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
