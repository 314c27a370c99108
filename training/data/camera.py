"""Camera-like scenes for webcam mode: a printed letter, a medicine label, a sign, a food package or a screen
photographed at an angle (perspective, blur, noise, uneven light), and objects on a table. Captions come from
captions.make() with crop "camera".

Objects come from two sources when installed: tuxpaint stamps (nouns from their human-written descriptions) and
openclipart SVGs (nouns from their titles; clipart.py). The file reads top-down as:
  stamps()                 tuxpaint stamps and their nouns
  surface .. flat_doc      table tops, the perspective warp and the flat documents
  objects / objects_mixed  the table scene; without openclipart exactly the stamp (or drawn-shape) scene as before
  render                   one camera scene: (image, info, ctx, ocr lines)
Truth for object scenes: a phrase fact listing the objects and an {"t": "objects"} fact with each object's noun,
phrase, count, box (photo pixels), source and file."""
import math
import os
import random
import re

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from . import clipart as CL
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
    clip = CL.clipart()
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
                path, source = CL.clip_png(rel), "openclipart"
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
            if source == "openclipart" and cat in CL.COLOUR_CATS and rng.random() < 0.7:
                phrase = with_colour(phrase, CL.clip_colour(im))
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
    bg, surf = surface(rng, W, H, extra=kind == "objects" and bool(CL.clipart()))
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
