"""Compose a whole screenshot: wallpaper, panel, background windows, the main template, overlays, crops."""
from PIL import Image

from .scene import Scene, color_name

_CN = {}


def _cname(px):
    k = (px[0] >> 3, px[1] >> 3, px[2] >> 3)
    n = _CN.get(k)
    if n is None:
        n = _CN[k] = color_name(px)
    return n
from .theme import make_theme, STYLES
from . import desktop as D

SIZES = [(1024, 768), (1280, 720), (1280, 800), (1280, 1024), (1366, 768), (1440, 900), (1536, 864), (1600, 900),
         (1680, 1050), (1920, 1080), (1920, 1080), (1920, 1200), (2560, 1440)]
FILE_MENU = ["New", "Open…", "Open Recent", "Save", "Save As…", "Print…", "Close", "Quit"]
EDIT_MENU = ["Undo", "Redo", "Cut", "Copy", "Paste", "Select All", "Find…", "Preferences"]
VIEW_MENU = ["Zoom In", "Zoom Out", "Full Screen", "Show Sidebar", "Show Toolbar", "Word Wrap"]


def screen_params(rng):
    w, h = rng.choice(SIZES)
    if w >= 2560:
        scale = rng.choice([1.5, 1.75, 2.0, 2.0])
    elif w >= 1920:
        scale = rng.choice([1.0, 1.0, 1.25, 1.5, 1.5, 2.0])
    else:
        scale = rng.choice([1.0, 1.0, 1.0, 1.25])
    return w, h, scale


def render(rng, fonts, tpl, pool, crop_mode=None):
    """tpl: the main template function; pool: templates usable as background windows.
    Returns (image, info, ctx, lines)."""
    w, h, scale = screen_params(rng)
    theme = make_theme(rng)
    style = rng.choice(STYLES)
    sc = Scene(rng, fonts, w, h, scale, theme, style)
    D.wallpaper(sc)
    ctx = {"screen": [w, h], "scale": scale, "theme": theme["mode"], "accent": theme["accent"], "style": style,
           "background": [], "overlays": []}
    open_apps = []
    area, pf = D.panel(sc, rng, rng.sample(D.APPS_TASK, rng.randint(0, 4)))
    ctx["panel"] = pf
    nbg = rng.choices([0, 1, 2], [0.45, 0.35, 0.2])[0] if pool and not getattr(tpl, "no_background", False) else 0
    sc.background = True
    for _ in range(nbg):
        bt = rng.choice(pool)
        try:
            bi = bt(sc, rng, area)
            ctx["background"].append({"noun": bi["noun"], "app": bi["app"], "title": bi["title"]})
        except Exception:
            pass
    sc.background = False
    info = tpl(sc, rng, area)
    main_win = [wn for wn in sc.windows if wn["focused"]]
    main_box = main_win[-1]["box"] if main_win else [0, 0, w, h]
    r = rng.random()
    if r < 0.08:
        ctx["overlays"] += D.notification(sc, rng, area)
    elif r < 0.16 and any(c["type"] == "menu" and c["label"] in ("File", "Edit", "View") and c["g"] == sc.group
                          for c in sc.controls):
        m = [c for c in sc.controls if c["type"] == "menu" and c["label"] in ("File", "Edit", "View") and c["g"] == sc.group]
        mc = rng.choice(m)
        items = {"File": FILE_MENU, "Edit": EDIT_MENU, "View": VIEW_MENU}.get(mc["label"], FILE_MENU)
        ctx["overlays"] += D.menu(sc, rng, mc["box"][0] - sc.px(6), mc["box"][3] + sc.px(4), items, mc["label"])
    if not ctx["overlays"]:
        ctls = [c for c in sc.controls if c["g"] == sc.group and c["type"] in ("button", "icon button", "menu", "link")]
        if ctls and rng.random() < 0.35:
            c = rng.choice(ctls)
            px, py = (c["box"][0] + c["box"][2]) // 2, (c["box"][1] + c["box"][3]) // 2
            if rng.random() < 0.2:
                ctx["overlays"] += D.tooltip(sc, rng, c)
            D.pointer(sc, rng, px, py)
            ctx["pointer"] = True
        elif rng.random() < 0.15:
            D.pointer(sc, rng, rng.randrange(w), rng.randrange(h))
            ctx["pointer"] = True
    crop = None
    if crop_mode is None:
        crop_mode = rng.choices(["screen", "window", "region"], [0.62, 0.26, 0.12])[0]
    if crop_mode == "window" and (main_box[2] - main_box[0]) > 200 and (main_box[3] - main_box[1]) > 120 \
            and not ctx["overlays"]:
        m = rng.randint(0, 3)
        crop = [max(0, main_box[0] - m), max(0, main_box[1] - m), min(w, main_box[2] + m + 4), min(h, main_box[3] + m + 5)]
        ctx["background"], ctx["panel"] = [], []
    elif crop_mode == "region" and (main_box[2] - main_box[0]) > 400 and (main_box[3] - main_box[1]) > 300 \
            and not ctx["overlays"]:
        bw, bh = main_box[2] - main_box[0], main_box[3] - main_box[1]
        cw, ch = int(bw * rng.uniform(0.45, 0.85)), int(bh * rng.uniform(0.35, 0.8))
        x0 = main_box[0] + rng.randint(0, bw - cw)
        y0 = main_box[1] + (0 if rng.random() < 0.5 else rng.randint(0, bh - ch))
        crop = [max(0, x0), max(0, y0), min(w, x0 + cw), min(h, y0 + ch)]
        ctx["background"], ctx["panel"] = [], []
    else:
        crop_mode = "screen"
    ctx["crop"] = crop_mode
    ox_, oy_ = (crop[0], crop[1]) if crop else (0, 0)
    ctx["focus_box"] = [main_box[0] - ox_, main_box[1] - oy_, main_box[2] - ox_, main_box[3] - oy_]
    img = sc.img if crop is None else sc.img.crop(crop)
    lines = sc.reading_order(crop)
    ox, oy = (crop[0], crop[1]) if crop else (0, 0)
    wins = []
    for wn in sc.windows:
        if crop and not wn["focused"]:
            continue
        if crop_mode == "region" and wn["focused"]:
            wn = dict(wn, title=wn["title"] if any(l["text"] == wn["title"] for l in lines) else "")
        if wn["kind"] == "menu" and crop:
            continue
        b = wn["box"]
        wins.append({"title": wn["title"], "app": wn["app"], "focused": wn["focused"], "kind": wn["kind"],
                     "box": [max(0, b[0] - ox), max(0, b[1] - oy), min(img.width, b[2] - ox), min(img.height, b[3] - oy)]})
    controls = [{"type": c["type"], "label": c["label"], "state": c["state"],
                 "box": [c["box"][0] - ox, c["box"][1] - oy, c["box"][2] - ox, c["box"][3] - oy]}
                for c in sc.controls if not crop or (c["box"][0] >= crop[0] and c["box"][1] >= crop[1]
                                                     and c["box"][2] <= crop[2] and c["box"][3] <= crop[3])]
    small = img.resize((40, 24), Image.Resampling.NEAREST)
    cols = {}
    for px in small.getdata():
        n = _cname(px)
        cols[n] = cols.get(n, 0) + 1
    tot = sum(cols.values())
    ctx["colors"] = [k for k, v in sorted(cols.items(), key=lambda kv: -kv[1]) if v / tot > 0.12][:3]
    ctx["windows"], ctx["controls"] = wins, controls
    return img, info, ctx, lines
