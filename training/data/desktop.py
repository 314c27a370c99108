"""Desktop pieces: wallpaper, panels/taskbars, notifications, open menus."""
import math

from . import vocab as V
from .scene import _mix
from .chrome import icon


def wallpaper(sc, box=None):
    x0, y0, x1, y1 = box or (0, 0, sc.w, sc.h)
    a, b = sc.theme["desktop"], sc.theme["desktop2"]
    rng = sc.rng
    mode = rng.randrange(4)
    if mode == 0:
        sc.d.rectangle([x0, y0, x1, y1], fill=a)
        return "a plain %s background"
    steps = 48
    for i in range(steps):
        t = i / (steps - 1)
        c = _mix(a, b, t)
        if mode in (1, 3):
            sc.d.rectangle([x0, y0 + (y1 - y0) * i // steps, x1, y0 + (y1 - y0) * (i + 1) // steps + 1], fill=c)
        else:
            sc.d.rectangle([x0 + (x1 - x0) * i // steps, y0, x0 + (x1 - x0) * (i + 1) // steps + 1, y1], fill=c)
    if mode == 3:
        for _ in range(rng.randint(3, 9)):
            r = rng.randint(20, max(30, (x1 - x0) // 5))
            cx, cy = rng.randint(x0, x1), rng.randint(y0, y1)
            c = _mix(b, (255, 255, 255), rng.uniform(0.1, 0.4))
            if rng.random() < 0.5:
                sc.d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=c)
            else:
                sc.d.polygon([(cx, cy - r), (cx + r, cy + r), (cx - r, cy + r)], fill=c)
    return "a gradient wallpaper"


APPS_TASK = ["Files", "Firefox", "Terminal", "Text Editor", "Settings", "Calculator", "Music", "Mail", "Chromium",
             "LibreOffice", "Photos", "Calendar", "VLC", "Spotify", "Thunderbird"]


def panel(sc, rng, open_apps):
    """Draws a top bar or bottom taskbar; returns (work area, facts)."""
    st, th = sc.style, sc.theme
    dark = th["mode"] != "light" or rng.random() < 0.5
    bg = (20, 20, 22) if dark else (235, 235, 238)
    fg = (240, 240, 240) if dark else (20, 20, 20)
    clock = V.time_str(rng)
    facts = []
    sc.group = 0
    if st in ("gtk", "mac"):
        h = sc.px(28 if st == "gtk" else 24)
        sc.d.rectangle([0, 0, sc.w, h], fill=bg)
        left = "Activities" if st == "gtk" else rng.choice(open_apps or ["Finder"])
        b = sc.text(sc.px(12), h // 2, left, 13, st == "mac", fill=fg, anchor="lm")
        day = "%s %s %d" % (rng.choice(V.DAYS)[:3], rng.choice(V.MONTHS)[:3], rng.randint(1, 28))
        ck = "%s  %s" % (day, clock) if rng.random() < 0.7 else clock
        sc.text(sc.w // 2 if st == "gtk" else sc.w - sc.px(12), h // 2, ck, 13, st == "gtk", fill=fg,
                anchor="mm" if st == "gtk" else "rm")
        if st == "mac" and rng.random() < 0.7:
            x = b[2] + sc.px(20)
            for m in ["File", "Edit", "View", "Window", "Help"]:
                b2 = sc.text(x, h // 2, m, 13, fill=fg, anchor="lm")
                x = b2[2] + sc.px(16)
        facts.append({"t": "clock", "text": clock})
        area = [0, h, sc.w, sc.h]
        if st == "mac" and rng.random() < 0.6:
            n = rng.randint(5, 10)
            dw = sc.px(52) * n
            x0 = (sc.w - dw) // 2
            sc.rect([x0, sc.h - sc.px(62), x0 + dw, sc.h - sc.px(4)], fill=_mix(bg, (128, 128, 128), 0.3), r=12)
            for i in range(n):
                icon(sc, x0 + sc.px(26) + sc.px(52) * i, sc.h - sc.px(33), sc.px(38),
                     rng.choice(["folder", "document", "image", "audio", "video", "code", "info"]))
            area[3] = sc.h - sc.px(64)
            facts.append({"t": "phrase", "text": "a dock at the bottom", "fact": "dock"})
        return area, facts
    h = sc.px(40 if st == "windows" else 32)
    y0 = sc.h - h if st != "xfce" or rng.random() < 0.5 else 0
    sc.d.rectangle([0, y0, sc.w, y0 + h], fill=bg)
    x = sc.px(8)
    if st == "windows" and rng.random() < 0.45:  # Windows 11: centred icons, no window names
        n = rng.randint(4, 9)
        x = sc.w // 2 - n * sc.px(22)
        sc.rect([x, y0 + sc.px(6), x + sc.px(28), y0 + h - sc.px(6)], fill=th["ac"], r=5)
        for i in range(1, n):
            icon(sc, x + sc.px(14) + i * sc.px(44), y0 + h // 2, sc.px(26), rng.choice(["folder", "document", "image", "audio", "video", "info"]))
            sc.controls.pop()
        sc.text(sc.w - sc.px(12), y0 + h // 2, clock, 12, fill=fg, anchor="rm")
        facts.append({"t": "clock", "text": clock})
        return [0, 0, sc.w, y0], facts
    if st == "windows":
        sc.rect([x, y0 + sc.px(6), x + sc.px(28), y0 + h - sc.px(6)], fill=th["ac"], r=3)
        x += sc.px(40)
        if rng.random() < 0.5:
            sc.rect([x, y0 + sc.px(7), x + sc.px(200), y0 + h - sc.px(7)], fill=_mix(bg, fg, 0.12), r=12)
            sc.text(x + sc.px(12), y0 + h // 2, "Search", 12, fill=_mix(bg, fg, 0.6), anchor="lm")
            x += sc.px(214)
    else:
        b = sc.text(x, y0 + h // 2, "Applications" if st == "xfce" else "Menu", 12, True, fill=fg, anchor="lm")
        x = b[2] + sc.px(16)
    for a in open_apps[:6]:
        w = sc.px(150)
        sc.rect([x, y0 + sc.px(4), x + w, y0 + h - sc.px(4)], fill=_mix(bg, fg, 0.1), r=3)
        icon(sc, x + sc.px(14), y0 + h // 2, sc.px(16), "document")
        sc.text(x + sc.px(28), y0 + h // 2, a, 12, fill=fg, anchor="lm", maxw=w - sc.px(34))
        x += w + sc.px(4)
    sc.text(sc.w - sc.px(12), y0 + h // 2, clock, 12, fill=fg, anchor="rm")
    facts.append({"t": "clock", "text": clock})
    area = [0, 0, sc.w, y0] if y0 > 0 else [0, h, sc.w, sc.h]
    return area, facts


def notification(sc, rng, area):
    """A toast in a corner, drawn on top of everything. Returns facts."""
    app, head, body = rng.choice([
        ("Mail", "New message from %s" % V.person(rng), V.subject(rng)),
        ("Calendar", "Meeting in %d minutes" % rng.choice([5, 10, 15]), V.title_words(rng, 2)),
        ("Battery", "Battery low", "%d%% remaining" % rng.randint(3, 15)),
        ("Updates", "Updates available", "%d updates can be installed" % rng.randint(2, 40)),
        ("Chat", V.person(rng), V.sentence(rng)[:60]),
        ("Downloads", "Download complete", V.file_name(rng)),
        ("Network", "Connected to “%s”" % rng.choice(["HomeWiFi", "Office", "eduroam", "Guest"]), "Wi-Fi network"),
    ])
    w, h = sc.px(340), sc.px(78)
    x1 = area[2] - sc.px(14)
    y0 = area[1] + sc.px(14) if rng.random() < 0.6 else area[3] - h - sc.px(14)
    box = [x1 - w, y0, x1, y0 + h]
    sc.begin_window(box, head, app, False, "notification")
    th = sc.theme
    sc.rect(box, fill=_mix(th["bg"], th["fg"], 0.05), outline=th["border"], r=10)
    icon(sc, box[0] + sc.px(28), y0 + h // 2, sc.px(30), rng.choice(["info", "document", "audio"]))
    sc.text(box[0] + sc.px(54), y0 + sc.px(14), head, 13, True, maxw=w - sc.px(70))
    sc.text(box[0] + sc.px(54), y0 + sc.px(40), body, 12, fill=th["muted"], maxw=w - sc.px(70))
    return [{"t": "notification", "text": head, "app": app}]


def menu(sc, rng, x, y, items, title=None):
    """An open drop-down menu; returns facts."""
    th = sc.theme
    w = int(max(sc.tw(i, 13) for i in items) + sc.px(70))
    ih = sc.px(28)
    h = ih * len(items) + sc.px(10)
    x = min(x, sc.w - w - 2)
    y = min(y, sc.h - h - 2)
    box = [x, y, x + w, y + h]
    sc.begin_window(box, title or "menu", "", False, "menu")
    sc.rect([x + 3, y + 4, x + w + 3, y + h + 4], fill=_mix(th["bg"], (0, 0, 0), 0.4))
    sc.rect(box, fill=th["base"], outline=th["border"], r=6)
    hi = rng.randrange(len(items))
    for i, it in enumerate(items):
        yy = y + sc.px(5) + ih * i
        if i == hi:
            sc.rect([x + sc.px(4), yy, x + w - sc.px(4), yy + ih], fill=th["sel"], r=4)
        b = sc.text(x + sc.px(14), yy + ih // 2, it, 13, anchor="lm")
        sc.control("menu item", it, b, "highlighted" if i == hi else None)
    return [{"t": "menu", "items": items, "title": title}]


TIPS = {"Save": "Save the current file", "Undo": "Undo the last action", "Redo": "Redo", "Search": "Search (Ctrl+F)",
        "Print": "Print this document", "Bold": "Bold (Ctrl+B)", "Italic": "Italic (Ctrl+I)", "Sort": "Sort ascending",
        "Chart": "Insert chart", "Sum": "Sum", "Write": "Compose a new message", "Get Messages": "Get new messages",
        "Close": "Close", "Open": "Open a file", "New Slide": "Insert a new slide", "Start": "Start the slide show"}


def pointer(sc, rng, x, y):
    """A mouse pointer (arrow or hand) drawn on top of everything; not text, so nothing is recorded."""
    s = sc.px(1.0)
    pts = [(0, 0), (0, 17), (4, 13), (7, 20), (10, 19), (7, 12), (12, 12)]
    poly = [(x + px * s, y + py * s) for px, py in pts]
    sc.d.polygon(poly, fill=(255, 255, 255) if rng.random() < 0.8 else (0, 0, 0),
                 outline=(0, 0, 0) if rng.random() < 0.8 else (255, 255, 255))


def tooltip(sc, rng, ctl):
    """A tooltip under a control, with recorded text; returns facts or []."""
    tip = TIPS.get(ctl["label"]) or (ctl["label"] if ctl["type"] in ("button", "icon button") and len(ctl["label"]) > 2 else None)
    if not tip:
        return []
    x, y = int(ctl["box"][0]), int(ctl["box"][3] + sc.px(18))
    w = int(sc.tw(tip, 12) + sc.px(14))
    h = sc.px(22)
    if x + w > sc.w or y + h > sc.h:
        return []
    box = [x, y, x + w, y + h]
    sc.begin_window(box, "tooltip", "", False, "tooltip")
    dark = rng.random() < 0.6
    sc.rect(box, fill=(40, 40, 40) if dark else (255, 255, 225), outline=(120, 120, 120), r=4)
    sc.text(x + sc.px(7), y + h // 2, tip, 12, fill=(245, 245, 245) if dark else (20, 20, 20), anchor="lm")
    return [{"t": "phrase", "text": "a tooltip “%s”" % tip, "fact": "tooltip: " + tip, "quote": tip}]
