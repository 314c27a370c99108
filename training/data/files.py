"""File manager (icon grid and list views) and the file chooser dialog."""
from . import vocab as V
from .chrome import window, app_box, icon, buttons_right, entry, statusbar
from .scene import _mix

FM = ["Files", "Nautilus", "Thunar", "Dolphin", "Nemo", "PCManFM", "File Explorer", "Finder", "Caja"]
PLACES = ["Recent", "Home", "Desktop", "Documents", "Downloads", "Music", "Pictures", "Videos", "Trash"]


def _kind_of(name):
    ext = name.rsplit(".", 1)[-1] if "." in name else ""
    for k, exts in V.EXT.items():
        if ext in exts or name.endswith(".tar.gz") and k == "archive":
            return k
    return "folder"


def _entries(rng, n):
    folders = rng.sample(V.FOLDERS, rng.randint(0, min(6, n)))
    files = []
    while len(files) < n - len(folders):
        f = V.file_name(rng)
        if f not in files:
            files.append(f)
    return sorted(folders) + sorted(files, key=str.lower)


def _sidebar(sc, c, rng, w, cur):
    th = sc.theme
    sc.rect([c[0], c[1], c[0] + w, c[3]], fill=_mix(th["bg"], th["fg"], 0.04))
    y = c[1] + sc.px(10)
    for p in PLACES:
        if y > c[3] - sc.px(30):
            break
        if p == cur:
            sc.rect([c[0] + sc.px(4), y - sc.px(4), c[0] + w - sc.px(4), y + sc.px(22)], fill=th["sel"], r=4)
        icon(sc, c[0] + sc.px(18), y + sc.px(9), sc.px(14), "folder")
        sc.text(c[0] + sc.px(32), y, p, 13, maxw=w - sc.px(36))
        y += sc.px(30)


def file_manager(view):
    def tpl(sc, rng, area):
        app = rng.choice(FM)
        cur = rng.choice(PLACES[1:8] + V.FOLDERS[:10])
        title = rng.choice([cur, "%s - %s" % (cur, app), cur])
        box = app_box(sc, rng, area, 0.5, 0.5)
        menus = ["File", "Edit", "View", "Go", "Help"] if app in ("Thunar", "Caja", "PCManFM", "Nemo") else None
        c = window(sc, box, title, app, True, "files." + view, menus=menus)
        th = sc.theme
        pb = sc.px(40)
        sc.rect([c[0], c[1], c[2], c[1] + pb], fill=_mix(th["bg"], th["fg"], 0.02))
        path = "/home/%s/%s" % (rng.choice(V.FIRST).lower(), cur) if rng.random() < 0.5 else "Home  ›  " + cur
        sc.rect([c[0] + sc.px(90), c[1] + sc.px(6), c[2] - sc.px(140), c[1] + pb - sc.px(6)], fill=th["base"], r=5)
        sc.text(c[0] + sc.px(100), c[1] + pb // 2, path, 13, anchor="lm", maxw=c[2] - c[0] - sc.px(250))
        sc.text(c[0] + sc.px(20), c[1] + pb // 2, "‹  ›", 16, anchor="lm", record=False)
        side = sc.px(rng.choice([0, 170, 200])) if c[2] - c[0] > sc.px(600) else 0
        inner = [c[0], c[1] + pb, c[2], c[3]]
        if side:
            _sidebar(sc, inner, rng, side, cur if cur in PLACES else None)
        n = rng.randint(3, 40)
        ents = _entries(rng, n)
        sel = rng.choice(ents) if rng.random() < 0.4 else None
        bottom = statusbar(sc, inner, "%d items%s" % (len(ents), (", “%s” selected" % sel) if sel else "")) \
            if rng.random() < 0.5 else inner[3]
        x0, y0 = inner[0] + side + sc.px(12), inner[1] + sc.px(10)
        sc.rect([inner[0] + side, inner[1], inner[2], bottom], fill=th["base"])
        shown = 0
        if view == "grid":
            cw, ch = sc.px(rng.choice([96, 110, 120])), sc.px(rng.choice([96, 110]))
            cols = max(1, (inner[2] - x0) // cw)
            for i, e in enumerate(ents):
                cx, cy = x0 + (i % cols) * cw, y0 + (i // cols) * ch
                if cy + ch > bottom:
                    break
                if e == sel:
                    sc.rect([cx + 4, cy, cx + cw - 4, cy + ch - 6], fill=th["sel"], r=5)
                icon(sc, cx + cw // 2, cy + ch * 0.33, ch * 0.45, _kind_of(e))
                sc.text(cx + cw // 2, cy + ch * 0.66, e, 11, anchor="ma", maxw=cw - sc.px(8))
                shown += 1
        else:
            rh = sc.px(rng.choice([26, 30, 34]))
            cols = [("Name", 0.0), ("Size", 0.55), ("Type", 0.68), ("Modified", 0.82)]
            W = inner[2] - x0
            for lab, fx in cols:
                sc.text(x0 + W * fx, y0, lab, 12, True, fill=th["muted"])
            y = y0 + rh
            for i, e in enumerate(ents):
                if y + rh > bottom:
                    break
                k = _kind_of(e)
                if e == sel:
                    sc.rect([x0 - sc.px(6), y - sc.px(5), inner[2] - sc.px(6), y + rh - sc.px(5)], fill=th["sel"])
                elif i % 2 and rng.random() < 0.5:
                    pass
                icon(sc, x0 + sc.px(9), y + rh // 2 - sc.px(5), sc.px(16), k)
                sc.text(x0 + sc.px(26), y, e, 13, maxw=W * 0.53 - sc.px(30))
                size = "%d items" % rng.randint(0, 60) if k == "folder" else "%.1f %s" % (rng.uniform(1, 999), rng.choice(["kB", "MB"]))
                sc.text(x0 + W * 0.55, y, size, 12, fill=th["muted"], maxw=W * 0.12)
                sc.text(x0 + W * 0.68, y, k.capitalize(), 12, fill=th["muted"], maxw=W * 0.13)
                sc.text(x0 + W * 0.82, y, V.date_str(rng), 12, fill=th["muted"], maxw=W * 0.17)
                y += rh
                shown += 1
        facts = [{"t": "count", "n": shown, "what": "items" if shown != 1 else "item"},
                 {"t": "items", "items": ents[:shown][:3], "what": "files"}]
        if sel:
            facts.append({"t": "phrase", "text": "“%s” selected" % sel, "fact": "selected: " + sel, "quote": sel})
        if side:
            facts.append({"t": "phrase", "text": "a sidebar of places", "fact": "sidebar"})
        noun = "file manager"
        return dict(kind="files." + view, app=app, title=title, noun=noun, facts=facts,
                    notable=["the %s folder in %s" % (cur, "an icon view" if view == "grid" else "a list view")])
    return tpl


def chooser(sc, rng, area):
    app = rng.choice(["Text Editor", "Firefox", "LibreOffice Writer", "GIMP", "Document Viewer", "Thunderbird"])
    save = rng.random() < 0.4
    title = rng.choice(["Save As", "Save File"] if save else ["Open File", "Open", "Select a File", "Attach File"])
    W, H = int((area[2] - area[0]) * rng.uniform(0.5, 0.8)), int((area[3] - area[1]) * rng.uniform(0.55, 0.8))
    x, y = area[0] + (area[2] - area[0] - W) // 2, area[1] + (area[3] - area[1] - H) // 2
    c = window(sc, [x, y, x + W, y + H], title, app, True, "dialog.file_chooser")
    th = sc.theme
    top = c[1]
    name = V.file_name(rng, "document")
    if save:
        sc.text(c[0] + sc.px(16), top + sc.px(14), "Name", 13)
        entry(sc, c[0] + sc.px(70), top + sc.px(6), min(sc.px(360), W - sc.px(100)), name, label="Name", focused=True)
        top += sc.px(48)
    side = sc.px(170)
    _sidebar(sc, [c[0], top, c[2], c[3] - sc.px(56)], rng, side, rng.choice(PLACES[1:7]))
    sc.rect([c[0] + side, top, c[2], c[3] - sc.px(56)], fill=th["base"])
    ents = _entries(rng, rng.randint(4, 18))
    yy = top + sc.px(8)
    shown = 0
    for e in ents:
        if yy + sc.px(28) > c[3] - sc.px(60):
            break
        icon(sc, c[0] + side + sc.px(20), yy + sc.px(9), sc.px(16), _kind_of(e))
        sc.text(c[0] + side + sc.px(36), yy, e, 13, maxw=W - side - sc.px(60))
        yy += sc.px(28)
        shown += 1
    labels = ["Cancel", "Save"] if save else ["Cancel", "Open"]
    buttons_right(sc, c[2] - sc.px(16), c[3] - sc.px(46), labels)
    facts = [{"t": "items", "items": ents[:shown][:3], "what": "files"}, {"t": "buttons", "items": labels}]
    if save:
        facts.insert(0, {"t": "phrase", "text": "the file name “%s”" % name, "fact": "file name: " + name, "quote": name})
    return dict(kind="dialog.file_chooser", app=app, title=title, noun="file chooser" if not save else "save dialog",
                facts=facts, notable=["choosing a file to %s" % ("save" if save else "open")])


TEMPLATES = {"files.grid": file_manager("grid"), "files.list": file_manager("list"), "dialog.file_chooser": chooser}
