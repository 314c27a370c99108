"""Camera-like scenes for webcam mode: a printed letter, a medicine label, a sign, a food package or a screen
photographed at an angle (perspective, blur, noise, uneven light), and objects on a table. Captions come from
captions.make() with crop "camera".

Objects come from two sources when installed: tuxpaint stamps (nouns from their human-written descriptions) and
openclipart SVGs (nouns from their titles). The file reads top-down as:
  stamps()                 tuxpaint stamps and their nouns
  svg_meta .. clipart()    openclipart: title/keyword parsing, the title filter (object_noun: a curated allow-list of
                           object nouns, reject words and folders, a file deny-list from looking at contact sheets),
                           the index and PNG cache (~/.cache/glance/clipart or GLANCE_CLIPART_DIR), rsvg-convert with a
                           time limit, and _clip_problem (renders that do not look like an object photo)
  surface .. flat_doc      table tops, the perspective warp and the flat documents
  objects / objects_mixed  the table scene; without openclipart exactly the stamp (or drawn-shape) scene as before
  render                   one camera scene: (image, info, ctx, ocr lines)
  main                     python3 -m training.data.camera --clipart: build the whole clip-art cache now, with counts
Truth for object scenes: a phrase fact listing the objects and an {"t": "objects"} fact with each object's noun,
phrase, count, box (photo pixels), source and file."""
import hashlib
import json
import math
import os
import random
import re
import shutil
import subprocess

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from . import vocab as V
from .scene import Scene, color_name, _mix
from .theme import make_theme

SURFACES = [("wooden table", (150, 100, 60)), ("white desk", (225, 225, 220)), ("grey desk", (120, 120, 125)),
            ("dark table", (50, 40, 35)), ("kitchen counter", (200, 190, 170)), ("blue tablecloth", (60, 90, 150))]
EXTRA_SURFACES = [("light wooden desk", (196, 160, 112)), ("checked tablecloth", (200, 45, 45)),
                  ("white marble counter", (232, 230, 226)), ("green cutting mat", (40, 110, 80)),
                  ("beige linen tablecloth", (214, 200, 172)), ("black desk", (30, 30, 32))]  # objects scenes with clip art
CAM_SIZES = [(640, 480), (800, 600), (960, 540), (1024, 576), (1280, 720)]
_STAMPS = None
_NOISE = None


def noise(rng, h, w, sigma):
    """A slice of a per-process Gaussian noise texture (cheap), scaled to sigma."""
    global _NOISE
    if _NOISE is None:
        _NOISE = np.random.default_rng(12345).normal(0, 1, (1400, 1400)).astype(np.float32)
    y, x = rng.randrange(0, 1400 - h + 1), rng.randrange(0, 1400 - w + 1)
    return _NOISE[y:y + h, x:x + w, None] * sigma


def stamps():
    global _STAMPS
    if _STAMPS is None:
        _STAMPS = []
        root = os.environ.get("GLANCE_STAMPS_DIR", "/usr/share/tuxpaint/stamps")
        for dp, _, fns in os.walk(root):
            if not any(("/" + x) in dp for x in ("food", "household", "plants", "clothes", "hobbies", "medical", "animals/pets")):
                continue
            for fn in fns:
                if not fn.endswith(".png") or fn.endswith("_mirror.png"):
                    continue
                stem = fn[:-4]
                desc = None
                t = os.path.join(dp, stem + ".txt")
                if os.path.exists(t):
                    try:
                        with open(t, encoding="utf-8", errors="replace") as f:
                            desc = f.readline().strip()
                    except OSError:
                        pass
                _STAMPS.append((os.path.join(dp, fn), _noun(desc, stem)))
        _STAMPS.sort()
    return _STAMPS


def _noun(desc, stem):
    if desc and len(desc) < 50 and desc.split(" ")[0] in ("A", "An", "Some") and "." not in desc[:-1]:
        d = desc.rstrip(".!")
        return d[0].lower() + d[1:]
    w = stem.replace("_", " ").replace("-", " ").strip()
    w = "".join(c for c in w if not c.isdigit()).strip()
    return ("an " if w[:1] in "aeiou" else "a ") + w if w else "an object"


# ---- openclipart: titled SVGs kept when the title names a photographable object, rasterized on demand ----
# The index (which SVGs, which noun) is built once from the SVG metadata and kept beside the PNG cache; a PNG is
# rendered by rsvg-convert the first time it is drawn and reused afterwards; an SVG that fails to render, times out,
# or renders empty, as line art or on a full background is marked .fail and never tried again. Bump CLIP_VERSION
# when _clip_problem changes (the PNGs live in png-v<CLIP_VERSION>); the index is rebuilt by itself when the title
# filter changes (_filter_key).
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


def surface(rng, w, h, extra=False):
    """A table top: one of SURFACES (plus EXTRA_SURFACES when extra) with its texture and sensor noise."""
    name, base = rng.choice(SURFACES + EXTRA_SURFACES if extra else SURFACES)
    arr = np.zeros((h, w, 3), np.float32) + np.array(base, np.float32)
    ys = np.arange(h, dtype=np.float32)[:, None]
    xs = np.arange(w, dtype=np.float32)[None, :]
    if "wooden" in name or "dark" in name:
        grain = np.sin(ys / rng.uniform(3, 9) + np.sin(xs / rng.uniform(40, 120)) * 3) * 14
        arr += grain[..., None]
    elif "checked" in name:
        c = rng.randint(28, 64)
        k = (((xs // c) % 2) + ((ys // c) % 2))[..., None]  # gingham: 0 white, 1 half, 2 full colour
        arr = arr * (k / 2.0) + np.array([245, 242, 236], np.float32) * (1 - k / 2.0)
    elif "marble" in name:
        f = Image.fromarray(noise(rng, h // 24 + 2, w // 24 + 2, 1.0)[..., 0]).resize((w, h), Image.Resampling.BICUBIC)
        v = np.abs(np.asarray(f, np.float32) + 0.3 * np.sin(xs / rng.uniform(40, 90) + ys / rng.uniform(60, 120)))
        arr -= ((v < 0.03) * 26 + (v < 0.1) * 9)[..., None].astype(np.float32)
    elif "cutting mat" in name:
        g = rng.randint(30, 50)
        arr += (((xs % g) < 2) | ((ys % g) < 2))[..., None].astype(np.float32) * 45
    elif "linen" in name:
        arr += ((np.sin(xs * 1.7) + np.sin(ys * 1.9)) * 5)[..., None]
    arr += noise(rng, h, w, 6)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)), name


def homography(src, dst):
    """Coefficients for Image.transform(PERSPECTIVE) mapping output points dst to input points src."""
    A, b = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b += [u, v]
    return np.linalg.solve(np.array(A, np.float64), np.array(b, np.float64)).tolist()


def _inv3(H):
    a, b, c, d, e, f, g, h = H
    i = 1.0
    A, B, C = e * i - f * h, -(d * i - f * g), d * h - e * g
    det = a * A + b * B + c * C
    return [A / det, -(b * i - c * h) / det, (b * f - c * e) / det,
            B / det, (a * i - c * g) / det, -(a * f - c * d) / det,
            C / det, -(a * h - b * g) / det, (a * e - b * d) / det]


def _apply(Mi, x, y):
    """Map a flat (input) point to the photo (output) with the inverse matrix Mi."""
    X = Mi[0] * x + Mi[1] * y + Mi[2]
    Y = Mi[3] * x + Mi[4] * y + Mi[5]
    Z = Mi[6] * x + Mi[7] * y + Mi[8]
    return X / Z, Y / Z


def flat_doc(rng, fonts, kind):
    """Render a flat object (paper, label, sign, package, screen) with recorded text lines; returns (scene, facts, noun, notable)."""
    theme = make_theme(rng, "light")
    if kind == "letter":
        w, h = 850, 1100
        sc = Scene(rng, fonts, w, h, 1.0, dict(theme, desktop=(250, 250, 248)), "gtk")
        sc.d.rectangle([0, 0, w, h], fill=(252, 252, 250))
        head = rng.choice(["INVOICE", "Dear %s," % V.person(rng), rng.choice(V.PHRASES), "NOTICE", "Meeting minutes",
                           "Appointment confirmation", "Rental agreement"])
        sc.text(70, 80, head, 34 if head.isupper() else 28, True, cls="serif", fill=(20, 20, 20))
        y = 150
        sc.text(70, y, V.date_str(rng), 24, cls="serif", fill=(40, 40, 40))
        y += 50
        while y < h - 120:
            y = sc.wrap(70, y, V.paragraph(rng, 3), w - 140, 24, cls="serif", fill=(30, 30, 30), lh=1.45, maxy=h - 80) + 24
        noun = "printed letter" if head.startswith("Dear") else "printed document"
        return sc, [{"t": "heading", "text": head}], noun, ["a %s starting with “%s”" % (noun, head)]
    if kind == "label":
        w, h = 900, 520
        sc = Scene(rng, fonts, w, h, 1.0, dict(theme, desktop=(255, 255, 255)), "gtk")
        col = rng.choice([(0, 110, 180), (200, 30, 40), (0, 140, 90), (120, 60, 160)])
        sc.d.rectangle([0, 0, w, h], fill=(255, 255, 255))
        sc.d.rectangle([0, 0, w, 110], fill=col)
        drug = rng.choice(["Paracetamol", "Ibuprofen", "Amoxicillin", "Cetirizine", "Omeprazole", "Vitamin D3",
                           "Loratadine", "Aspirin", "Metformin", "Magnesium"])
        dose = "%d mg" % rng.choice([5, 10, 20, 200, 250, 400, 500, 1000])
        sc.text(40, 55, drug, 54, True, fill=(255, 255, 255), anchor="lm")
        sc.text(40, 150, dose + "  ·  %d tablets" % rng.choice([10, 14, 20, 28, 30, 60]), 34, True, fill=(20, 20, 20))
        instr = rng.choice(["Take 1 tablet twice daily", "Take 2 tablets every 6 hours", "Take one capsule daily with food",
                            "Do not exceed 8 tablets in 24 hours"])
        sc.text(40, 230, instr, 30, fill=(20, 20, 20))
        sc.text(40, 300, "Keep out of reach of children", 26, fill=(60, 60, 60))
        exp = "EXP %02d/%d" % (rng.randint(1, 12), rng.randint(2025, 2030))
        sc.text(40, 440, exp, 26, True, fill=(20, 20, 20))
        facts = [{"t": "heading", "text": drug}, {"t": "phrase", "text": "a dose of %s" % dose, "fact": "dose: " + dose, "quote": dose},
                 {"t": "message", "text": instr}, {"t": "phrase", "text": "the expiry date “%s”" % exp, "fact": "expiry: " + exp, "quote": exp}]
        return sc, facts, "medicine label", ["a medicine label for %s %s" % (drug, dose)]
    if kind == "sign":
        word, sub, col, fg = rng.choice([("EXIT", "", (0, 140, 60), (255, 255, 255)), ("WET FLOOR", "Caution", (250, 210, 0), (0, 0, 0)),
                                         ("NO PARKING", "Any time", (200, 20, 30), (255, 255, 255)), ("OPEN", "Come in", (0, 90, 170), (255, 255, 255)),
                                         ("CLOSED", "Back at %s" % V.time_str(rng), (40, 40, 40), (255, 255, 255)), ("PUSH", "", (240, 240, 240), (0, 0, 0)),
                                         ("Room %d" % rng.randint(100, 499), rng.choice(["Meeting room", "Library", "Office", "Kitchen"]), (230, 230, 230), (20, 20, 20)),
                                         ("TOILETS", "", (0, 70, 140), (255, 255, 255)), ("STOP", "", (200, 20, 20), (255, 255, 255))])
        w, h = 900, 500
        sc = Scene(rng, fonts, w, h, 1.0, dict(theme, desktop=col), "gtk")
        sc.d.rounded_rectangle([0, 0, w - 1, h - 1], radius=30, fill=col, outline=fg, width=10)
        sc.text(w // 2, h // 2 - (40 if sub else 0), word, 120 if len(word) < 8 else 90, True, fill=fg, anchor="mm")
        if sub:
            sc.text(w // 2, h // 2 + 90, sub, 44, fill=fg, anchor="mm")
        facts = [{"t": "heading", "text": word}] + ([{"t": "message", "text": sub}] if sub else [])
        return sc, facts, "%s sign" % color_name(col), ["a sign saying “%s”" % word]
    if kind == "package":
        food = rng.choice(V.FOODS)
        w, h = 700, 900
        col = (rng.randint(60, 230), rng.randint(60, 230), rng.randint(60, 230))
        sc = Scene(rng, fonts, w, h, 1.0, dict(theme, desktop=col), "gtk")
        sc.d.rectangle([0, 0, w, h], fill=col)
        fg = (255, 255, 255) if sum(col) < 400 else (20, 20, 20)
        brand = rng.choice(V.COMPANIES)
        sc.text(w // 2, 120, brand, 48, True, fill=fg, anchor="mm")
        sc.text(w // 2, 330, food, 90, True, fill=fg, anchor="mm")
        amt = rng.choice(["500 g", "1 kg", "1 L", "250 g", "750 ml", "6 pack"])
        sc.text(w // 2, 480, amt, 50, fill=fg, anchor="mm")
        bb = "Best before %s" % V.date_str(rng)
        sc.text(w // 2, 800, bb, 30, fill=fg, anchor="mm")
        return sc, [{"t": "heading", "text": food}, {"t": "phrase", "text": "the brand %s" % brand, "fact": "brand: " + brand, "quote": brand},
                    {"t": "message", "text": bb}], "food package", ["a package of %s" % food.lower()]
    # a screen photographed: render a small desktop screenshot
    from . import dialogs, editors, apps, files, compose
    from .generate import UNSEEN
    tpls = {}
    for m in (dialogs, editors, apps, files):
        tpls.update({k: v for k, v in m.TEMPLATES.items() if k not in UNSEEN})
    name = rng.choice(sorted(tpls))
    img, info, ctx, lines = compose.render(rng, fonts, tpls[name], [], crop_mode="screen")
    sc = Scene(rng, fonts, img.width + 60, img.height + 60, 1.0, dict(theme, desktop=(20, 20, 20)), "gtk")
    sc.img.paste(img, (30, 30))
    sc.lines = [{"text": l["text"], "box": [l["box"][0] + 30, l["box"][1] + 30, l["box"][2] + 30, l["box"][3] + 30], "g": 0} for l in lines]
    facts = [f for f in info["facts"] if f["t"] in ("message", "heading", "buttons", "items")]
    return sc, facts, "computer screen showing %s %s" % ("an" if info["noun"][0] in "aeiou" else "a", info["noun"]), info.get("notable", [])


def objects(rng, w, h, img, record=None):
    """Place objects on a table; returns their phrases ('a red apple') and appends one truth dict per object to record
    ({noun, phrase, count, box, source, file}). With openclipart: clip art and tuxpaint stamps mixed, each in
    perspective with a contact shadow (objects_mixed); without it, stamps (or drawn shapes) as before."""
    record = [] if record is None else record
    clip = clipart()
    if clip:
        placed = objects_mixed(rng, w, h, img, clip, stamps(), record)
        if placed:
            return placed
    st = stamps()
    n = rng.choice([1, 1, 2, 2, 3])
    placed = []
    if st:
        for path, noun in rng.sample(st, min(n, len(st))):
            try:
                im = Image.open(path).convert("RGBA")
            except OSError:
                continue
            s = rng.uniform(0.3, 0.6) * min(w, h) / max(im.size)
            im = im.resize((max(8, int(im.width * s)), max(8, int(im.height * s))), Image.Resampling.LANCZOS)
            x, y = rng.randint(0, max(1, w - im.width)), rng.randint(0, max(1, h - im.height))
            img.paste(im, (x, y), im)
            placed.append(noun)
            record.append(_obj(noun, [x, y, min(w, x + im.width), min(h, y + im.height)], "tuxpaint", os.path.basename(path)))
    else:
        d = ImageDraw.Draw(img)
        for _ in range(n):
            kind = rng.choice(["mug", "phone", "book", "apple"])
            x, y = rng.randint(0, w - 200), rng.randint(0, h - 200)
            col = (rng.randint(0, 255), rng.randint(0, 255), rng.randint(0, 255))
            if kind == "mug":
                d.rounded_rectangle([x, y, x + 110, y + 140], radius=12, fill=col)
                d.ellipse([x + 95, y + 30, x + 150, y + 100], outline=col, width=14)
            elif kind == "phone":
                d.rounded_rectangle([x, y, x + 90, y + 180], radius=14, fill=(20, 20, 20))
                d.rectangle([x + 8, y + 16, x + 82, y + 160], fill=(40, 60, 90))
            elif kind == "book":
                d.rectangle([x, y, x + 160, y + 220], fill=col)
            else:
                d.ellipse([x, y, x + 110, y + 110], fill=(200, 30, 30))
            placed.append({"mug": "a mug", "phone": "a mobile phone", "book": "a closed book", "apple": "a red apple"}[kind])
            box = {"mug": [x, y, x + 150, y + 140], "phone": [x, y, x + 90, y + 180], "book": [x, y, x + 160, y + 220],
                   "apple": [x, y, x + 110, y + 110]}[kind]
            record.append(_obj(placed[-1], [max(0, box[0]), max(0, box[1]), min(w, box[2]), min(h, box[3])], "drawn", ""))
    return placed


def _obj(phrase, box, source, file, category=""):
    noun = re.sub(r"^(a|an|some|a pair of|two|three)\s+", "", phrase.strip().lower())
    d = {"noun": noun, "phrase": phrase, "count": 1, "box": [int(v) for v in box], "source": source, "file": file}
    if category:
        d["category"] = category
    return d


def with_colour(phrase, colour):
    """'an apple' + 'red' -> 'a red apple'; only singular a/an phrases take a colour."""
    m = re.match(r"^(a|an) (.*)$", phrase)
    if not colour or not m or colour in m.group(2).split():
        return phrase
    return "%s %s %s" % ("an" if colour[0] in "aeiou" else "a", colour, m.group(2))


def _composite(base, im, x, y):
    """Alpha-composite im onto base in place with its top-left corner at (x, y), which may lie outside base."""
    cx, cy = max(0, -x), max(0, -y)
    if cx >= im.width or cy >= im.height or x >= base.width or y >= base.height:
        return
    base.alpha_composite(im, (x + cx, y + cy), (cx, cy))


def objects_mixed(rng, w, h, img, clip, st, record):
    """1-3 objects, each from openclipart (60 %, or always without stamps) or a tuxpaint stamp, in its own column,
    tilted and foreshortened as on a table seen from a webcam, with a soft shadow towards the light."""
    n = rng.choice([1, 1, 2, 2, 3])
    lx, ly = rng.uniform(-1, 1), rng.uniform(0.3, 1)      # shadow direction (light from the opposite side)
    squash = rng.uniform(0.78, 1.0)                      # camera tilt: depth is shortened
    cols = list(range(n))
    rng.shuffle(cols)
    placed, recs, used = [], [], set()
    base = img.convert("RGBA")
    for col in cols:
        for _ in range(6):
            if not st or rng.random() < 0.6:
                rel, phrase, noun, cat = rng.choice(clip)
                path, source = clip_png(rel), "openclipart"
            else:
                path, phrase = rng.choice(st)
                rel, noun, cat, source = os.path.basename(path), _obj(phrase, [0, 0, 0, 0], "", "")["noun"], "", "tuxpaint"
            if not path or noun in used:
                continue
            try:
                with Image.open(path) as f:
                    im = f.convert("RGBA")
            except OSError:
                continue
            bb = im.getchannel("A").getbbox()
            if not bb:
                continue
            im = im.crop(bb)
            if source == "openclipart" and cat in COLOUR_CATS and rng.random() < 0.7:
                phrase = with_colour(phrase, clip_colour(im))
            break
        else:
            continue
        used.add(noun)
        colw = w / n
        L = min(rng.uniform(0.3, 0.55) * min(w, h), 0.9 * colw) / max(im.size)
        im = im.resize((max(8, int(im.width * L)), max(8, int(im.height * L * squash))), Image.Resampling.LANCZOS)
        im = im.rotate(rng.uniform(-18, 18), Image.Resampling.BICUBIC, expand=True)
        ow, oh = im.size
        k = rng.uniform(0, 0.07) * ow                         # keystone: the far edge is a little narrower
        dst = [(k, 0), (ow - k, 0), (ow, oh), (0, oh)]
        im = im.transform((ow, oh), Image.Transform.PERSPECTIVE, homography([(0, 0), (ow, 0), (ow, oh), (0, oh)], dst),
                          Image.Resampling.BICUBIC)
        cx = (col + 0.5) * colw + rng.uniform(-0.15, 0.15) * colw
        cy = rng.uniform(0.4, 0.62) * h
        x = int(min(max(0, cx - ow / 2), max(0, w - ow)))
        y = int(min(max(0, cy - oh / 2), max(0, h - oh)))
        off = max(3, int(0.05 * max(ow, oh)))
        a = im.getchannel("A")
        op = rng.uniform(0.4, 0.65)
        pad = off * 3
        sa = Image.new("L", (ow + 2 * pad, oh + 2 * pad), 0)
        sa.paste(a.point(lambda v: int(v * op)), (pad, pad))
        sh = Image.new("RGBA", sa.size, (0, 0, 0, 0))
        sh.putalpha(sa.filter(ImageFilter.GaussianBlur(max(2, pad // 3))))
        _composite(base, sh, x + int(lx * off) - pad, y + int(ly * off) - pad)
        _composite(base, im, x, y)
        ab = a.getbbox() or (0, 0, ow, oh)
        placed.append(phrase)
        recs.append(_obj(phrase, [max(0, x + ab[0]), max(0, y + ab[1]), min(w, x + ab[2]), min(h, y + ab[3])], source, rel, cat))
    order = sorted(range(len(placed)), key=lambda i: recs[i]["box"][0])  # captions list them left to right
    img.paste(base.convert("RGB"))
    record.extend(recs[i] for i in order)
    return [placed[i] for i in order]


def render(rng, fonts, kind):
    W, H = rng.choice(CAM_SIZES)
    bg, surf = surface(rng, W, H, extra=kind == "objects" and bool(clipart()))
    facts, lines, noun, notable = [], [], "", []
    if kind == "objects":
        rec = []
        items = objects(rng, W, H, bg, rec)
        noun = "single object" if len(items) == 1 else "few objects"
        facts = [{"t": "phrase", "text": " and ".join(items[:3]) if len(items) < 3 else ", ".join(items[:2]) + " and " + items[2],
                  "fact": "objects: " + "; ".join(items)}, {"t": "objects", "items": rec}]
        notable = ["%s on a %s" % ("one object" if len(items) == 1 else "%d objects" % len(items), surf)]
        img = bg
    else:
        sc, facts, noun, notable = flat_doc(rng, fonts, kind)
        fw, fh = sc.img.size
        s = rng.uniform(0.55, 0.95) * min(W / fw, H / fh)
        cw, ch = fw * s, fh * s
        cx, cy = W / 2 + rng.uniform(-0.12, 0.12) * W, H / 2 + rng.uniform(-0.1, 0.1) * H
        t = rng.uniform(0.0, 0.14)
        jit = lambda: rng.uniform(-t, t) * min(cw, ch)
        dst = [(cx - cw / 2 + jit(), cy - ch / 2 + jit()), (cx + cw / 2 + jit(), cy - ch / 2 + jit()),
               (cx + cw / 2 + jit(), cy + ch / 2 + jit()), (cx - cw / 2 + jit(), cy + ch / 2 + jit())]
        ang = rng.uniform(-0.25, 0.25)
        ca, sa = math.cos(ang), math.sin(ang)
        dst = [(cx + (x - cx) * ca - (y - cy) * sa, cy + (x - cx) * sa + (y - cy) * ca) for x, y in dst]
        src = [(0, 0), (fw, 0), (fw, fh), (0, fh)]
        Hc = homography(src, dst)
        warped = sc.img.convert("RGBA").transform((W, H), Image.Transform.PERSPECTIVE, Hc, Image.Resampling.BILINEAR)
        shadow = Image.new("RGBA", (W, H), (0, 0, 0, 0))
        ImageDraw.Draw(shadow).polygon([(x + 8, y + 10) for x, y in dst], fill=(0, 0, 0, 90))
        bg = Image.alpha_composite(bg.convert("RGBA"), shadow.filter(ImageFilter.BoxBlur(6)))
        img = Image.alpha_composite(bg, warped).convert("RGB")
        Mi = _inv3(Hc)
        for ln in sc.reading_order():
            b = ln["box"]
            pts = [_apply(Mi, x, y) for x, y in ((b[0], b[1]), (b[2], b[1]), (b[2], b[3]), (b[0], b[3]))]
            xs, ys = [p[0] for p in pts], [p[1] for p in pts]
            box = [int(min(xs)), int(min(ys)), int(math.ceil(max(xs))), int(math.ceil(max(ys)))]
            if box[0] < 0 or box[1] < 0 or box[2] > W or box[3] > H or (b[3] - b[1]) * s < 9:
                continue
            lines.append({"text": ln["text"], "box": box})
    blur = rng.choice([0, 0, 0.6, 1.0, 1.6])
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    arr = np.asarray(img).astype(np.float32)
    lx, ly = rng.uniform(0, W), rng.uniform(0, H)
    xx = (np.arange(W, dtype=np.float32)[None, :] - lx) ** 2
    yy = (np.arange(H, dtype=np.float32)[:, None] - ly) ** 2
    light = 1.0 - rng.uniform(0.1, 0.45) * (np.sqrt(xx + yy) / math.hypot(W, H))
    arr = arr * light[..., None] * np.array([rng.uniform(0.92, 1.08) for _ in range(3)], np.float32)
    arr += noise(rng, H, W, rng.uniform(2, 8))
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    from .compose import _cname
    cols = {}
    for px in img.resize((40, 24), Image.Resampling.NEAREST).getdata():
        n = _cname(px)
        cols[n] = cols.get(n, 0) + 1
    colors = [k for k, v in sorted(cols.items(), key=lambda kv: -kv[1]) if v / 960.0 > 0.12][:3]
    info = dict(kind="camera." + kind, app="", title="", noun=noun, facts=facts, notable=notable)
    ctx = {"screen": [W, H], "scale": 1.0, "theme": "light", "accent": "", "style": "", "crop": "camera",
           "surface": surf, "windows": [], "controls": [], "colors": colors, "background": [], "overlays": [],
           "blur": blur}
    return img, info, ctx, lines


KINDS = ["letter", "label", "sign", "package", "screen", "objects"]


def main(argv=None):
    """python3 -m training.data.camera --clipart [--jobs 2]: build the clip-art index and render every kept SVG now
    (otherwise each is rendered the first time a scene draws it); prints the counts and the time."""
    import argparse
    import time
    from concurrent.futures import ThreadPoolExecutor
    ap = argparse.ArgumentParser(description=main.__doc__)
    ap.add_argument("--clipart", action="store_true", help="build the openclipart index and PNG cache")
    ap.add_argument("--jobs", type=int, default=2)
    a = ap.parse_args(argv)
    if not a.clipart:
        ap.print_help()
        return 0
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
