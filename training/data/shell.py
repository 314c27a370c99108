"""Desktop-shell states and more dialogs: desktop icons, app launcher, context menu, window switcher,
quick settings, file properties, calendar picker, system monitor, image editor."""
from . import vocab as V
from .chrome import window, app_box, icon, buttons_right, checkbox, progress, button, entry
from .desktop import menu as open_menu
from .scene import _mix

LAUNCH_APPS = ["Files", "Firefox", "Terminal", "Text Editor", "Settings", "Calculator", "Calendar", "Music", "Videos",
               "Photos", "LibreOffice Writer", "LibreOffice Calc", "Thunderbird", "Software", "Document Viewer", "Clocks",
               "Maps", "Weather", "Screenshot", "System Monitor", "Disks", "Archive Manager", "Chromium", "GIMP", "VLC"]


def desktop_icons(sc, rng, area):
    """No window: icons on the desktop."""
    names = ["Home", "Trash"] + [rng.choice([V.file_name(rng), rng.choice(V.FOLDERS)]) for _ in range(rng.randint(1, 10))]
    names = list(dict.fromkeys(names))
    sc.begin_window(area, "Desktop", "Desktop", True, "desktop.icons")
    x, y = area[0] + sc.px(20), area[1] + sc.px(16)
    cw, ch = sc.px(96), sc.px(92)
    shown = []
    for n in names:
        if y + ch > area[3]:
            y = area[1] + sc.px(16)
            x += cw
        kind = "folder" if "." not in n else "document"
        icon(sc, x + cw // 2, y + sc.px(26), sc.px(44), kind)
        w = sc.tw(n, 12)
        sc.rect([x + cw // 2 - w / 2 - 3, y + sc.px(54), x + cw // 2 + w / 2 + 3, y + sc.px(72)], fill=(0, 0, 0) if rng.random() < 0.3 else None)
        sc.text(x + cw // 2, y + sc.px(55), n, 12, fill=(255, 255, 255), anchor="ma", maxw=cw - 4)
        shown.append(n)
        y += ch
    return dict(kind="desktop.icons", app="", title="", noun="desktop", facts=[
        {"t": "count", "n": len(shown), "what": "icons"}, {"t": "items", "items": shown[:3], "what": "icons"},
        {"t": "phrase", "text": "no open windows", "fact": "no windows"}], notable=["a desktop with %d icons" % len(shown)])


def launcher(sc, rng, area):
    apps = rng.sample(LAUNCH_APPS, rng.randint(8, 20))
    grid = rng.random() < 0.6
    th = sc.theme
    if grid:
        box = [area[0], area[1], area[2], area[3]]
    else:
        box = [area[0], area[3] - sc.px(560), area[0] + sc.px(380), area[3]]
        box[1] = max(area[1], box[1])
    sc.begin_window(box, "Applications", "launcher", True, "shell.launcher")
    sc.rect(box, fill=_mix(th["desktop"], (0, 0, 0), 0.55) if grid else th["bg"], outline=th["border"])
    fg = (240, 240, 240) if grid or th["mode"] != "light" else (20, 20, 20)
    query = rng.choice(["", "", rng.choice(apps)[:3].lower()])
    sx = (box[0] + box[2]) // 2 - sc.px(160) if grid else box[0] + sc.px(14)
    sc.rect([sx, box[1] + sc.px(20), sx + sc.px(320) if grid else box[2] - sc.px(14), box[1] + sc.px(54)], fill=_mix(th["base"], fg, 0.1), r=16)
    sc.text(sx + sc.px(16), box[1] + sc.px(37), query or "Type to search", 14, fill=fg if query else _mix(fg, (128, 128, 128), 0.5), anchor="lm")
    if query:
        apps = [a for a in apps if query in a.lower()] or apps[:1]
    shown = []
    if grid:
        cols = max(3, (box[2] - box[0]) // sc.px(150))
        cw = (box[2] - box[0] - sc.px(80)) // cols
        for i, a in enumerate(apps):
            x, y = box[0] + sc.px(40) + (i % cols) * cw, box[1] + sc.px(90) + (i // cols) * sc.px(130)
            if y + sc.px(110) > box[3]:
                break
            icon(sc, x + cw // 2, y + sc.px(36), sc.px(64), rng.choice(["document", "folder", "image", "audio", "info", "code"]))
            sc.text(x + cw // 2, y + sc.px(80), a, 13, fill=fg, anchor="ma", maxw=cw - sc.px(8))
            shown.append(a)
    else:
        y = box[1] + sc.px(70)
        for a in apps:
            if y + sc.px(32) > box[3]:
                break
            icon(sc, box[0] + sc.px(28), y + sc.px(12), sc.px(22), rng.choice(["document", "folder", "image", "audio", "info"]))
            sc.text(box[0] + sc.px(48), y + sc.px(12), a, 13, fill=fg, anchor="lm")
            shown.append(a)
            y += sc.px(34)
    facts = [{"t": "count", "n": len(shown), "what": "applications"}, {"t": "items", "items": shown[:3], "what": "apps"}]
    if query:
        facts.insert(0, {"t": "phrase", "text": "a search for “%s”" % query, "fact": "search: " + query, "quote": query})
    return dict(kind="shell.launcher", app="", title="", noun="application menu", facts=facts,
                notable=["the application launcher open"])


def context_menu(sc, rng, area):
    """A right-click menu over a file manager or the desktop."""
    from .files import TEMPLATES as FT
    base = FT["files.grid"](sc, rng, area) if rng.random() < 0.6 else None
    for w in sc.windows:
        w["focused"] = False
    items = rng.choice([["Open", "Open With…", "Cut", "Copy", "Rename…", "Move to Trash", "Properties"],
                        ["New Folder", "Paste", "Select All", "Open in Terminal", "Change Background…", "Display Settings"],
                        ["Open", "Copy", "Compress…", "Send to…", "Delete", "Properties"]])
    x = rng.randint(area[0] + 50, max(area[0] + 51, area[2] - sc.px(260)))
    y = rng.randint(area[1] + 50, max(area[1] + 51, area[3] - sc.px(260)))
    f = open_menu(sc, rng, x, y, items, "context menu")
    sc.windows[-1]["focused"] = True
    facts = [{"t": "items", "items": items[:3], "what": "menu items"}, {"t": "count", "n": len(items), "what": "menu items"}]
    if base:
        facts.append({"t": "phrase", "text": "a file manager behind it showing “%s”" % base["title"].split(" - ")[0],
                      "fact": "over: file manager", "quote": base["title"].split(" - ")[0]})
    return dict(kind="shell.context_menu", app=base["app"] if base else "", title="", noun="context menu", facts=facts,
                notable=["a right-click menu"])


def switcher(sc, rng, area):
    apps = rng.sample(["Firefox", "Files", "Terminal", "Text Editor", "Settings", "Music", "Calculator", "LibreOffice Writer"], rng.randint(2, 6))
    titles = {a: rng.choice([a, "%s - %s" % (V.file_name(rng), a), V.title_words(rng, 2) + " — " + a]) for a in apps}
    n = len(apps)
    w, h = sc.px(130) * n + sc.px(40), sc.px(190)
    cx, cy = (area[0] + area[2]) // 2, (area[1] + area[3]) // 2
    box = [cx - w // 2, cy - h // 2, cx + w // 2, cy + h // 2]
    sc.begin_window(box, "Switch windows", "switcher", True, "shell.switcher")
    sc.rect(box, fill=(40, 40, 44), r=14)
    sel = rng.randrange(n)
    for i, a in enumerate(apps):
        x = box[0] + sc.px(20) + i * sc.px(130)
        if i == sel:
            sc.rect([x, box[1] + sc.px(16), x + sc.px(120), box[1] + sc.px(130)], fill=(90, 90, 100), r=10)
        icon(sc, x + sc.px(60), box[1] + sc.px(60), sc.px(64), rng.choice(["document", "folder", "image", "audio", "info", "code"]))
        sc.text(x + sc.px(60), box[1] + sc.px(108), a, 12, fill=(240, 240, 240), anchor="ma", maxw=sc.px(116))
    sc.text(cx, box[3] - sc.px(30), titles[apps[sel]], 14, True, fill=(255, 255, 255), anchor="ma", maxw=w - sc.px(30))
    return dict(kind="shell.switcher", app="", title="", noun="window switcher", facts=[
        {"t": "count", "n": n, "what": "windows"}, {"t": "phrase", "text": "“%s” selected" % apps[sel], "fact": "selected: " + apps[sel], "quote": apps[sel]},
        {"t": "items", "items": apps[:3], "what": "apps"}], notable=["switching between %d windows" % n])


def quick_settings(sc, rng, area):
    th = sc.theme
    w, h = sc.px(360), sc.px(330)
    box = [area[2] - w - sc.px(8), area[1] + sc.px(6), area[2] - sc.px(8), area[1] + sc.px(6) + h]
    sc.begin_window(box, "Quick settings", "panel", True, "shell.quick_settings")
    sc.rect(box, fill=th["bg"], outline=th["border"], r=14)
    x, y = box[0] + sc.px(18), box[1] + sc.px(18)
    vol = rng.random()
    sc.text(x, y, "Volume", 12, fill=th["muted"])
    progress(sc, x + sc.px(70), y + sc.px(6), w - sc.px(110), vol, 6)
    y += sc.px(36)
    bri = rng.random()
    sc.text(x, y, "Brightness", 12, fill=th["muted"])
    progress(sc, x + sc.px(90), y + sc.px(6), w - sc.px(130), bri, 6)
    y += sc.px(42)
    states = {}
    for k in ["Wi-Fi", "Bluetooth", "Night Light", "Do Not Disturb", "Airplane Mode"][:rng.randint(3, 5)]:
        st = rng.random() < 0.5
        checkbox(sc, x, y, k, st, 13, "switch")
        states[k] = st
        y += sc.px(38)
    batt = rng.randint(3, 100)
    sc.text(x, box[3] - sc.px(28), "Battery %d%%" % batt, 13)
    on = [k for k, v in states.items() if v]
    facts = [{"t": "phrase", "text": "the battery at %d percent" % batt, "fact": "battery %d%%" % batt, "quote": "Battery %d%%" % batt},
             {"t": "phrase", "text": "volume at %d percent" % round(vol * 100), "fact": "volume %d%%" % round(vol * 100)}]
    if on:
        facts.append({"t": "phrase", "text": "“%s” switched on" % on[0], "fact": "on: " + on[0], "quote": on[0]})
    return dict(kind="shell.quick_settings", app="", title="", noun="quick settings menu", facts=facts,
                notable=["the quick settings menu"])


def properties(sc, rng, area):
    app = rng.choice(["Files", "Thunar", "Dolphin", "Nemo"])
    f = V.file_name(rng)
    W, H = sc.px(420), sc.px(380)
    x, y = (area[0] + area[2] - W) // 2, (area[1] + area[3] - H) // 2
    title = rng.choice(["%s Properties" % f, "Properties", "“%s” Properties" % f])
    c = window(sc, [x, y, x + W, y + H], title, app, True, "dialog.properties")
    icon(sc, (c[0] + c[2]) // 2, c[1] + sc.px(44), sc.px(56), "document")
    rows = [("Name", f), ("Type", f.rsplit(".", 1)[-1].upper() + " file"), ("Size", "%d.%d MB" % (rng.randint(0, 900), rng.randint(0, 9))),
            ("Location", "/home/%s/%s" % (rng.choice(V.FIRST).lower(), rng.choice(V.FOLDERS))), ("Modified", V.date_str(rng))]
    yy = c[1] + sc.px(90)
    for k, v in rows:
        sc.text(c[0] + sc.px(100), yy, k, 13, True, fill=sc.theme["muted"], anchor="ra")
        sc.text(c[0] + sc.px(112), yy, v, 13, maxw=c[2] - c[0] - sc.px(130))
        yy += sc.px(30)
    buttons_right(sc, c[2] - sc.px(16), c[3] - sc.px(46), ["Close"], False)
    return dict(kind="dialog.properties", app=app, title=title, noun="properties dialog", facts=[
        {"t": "phrase", "text": "the file “%s”" % f, "fact": "file: " + f, "quote": f},
        {"t": "phrase", "text": "a size of %s" % rows[2][1], "fact": "size: " + rows[2][1], "quote": rows[2][1]},
        {"t": "buttons", "items": ["Close"]}], notable=["the properties of %s" % f])


def calendar_dialog(sc, rng, area):
    app = rng.choice(["zenity", "Calendar", "Select a date"])
    W, H = sc.px(360), sc.px(380)
    x, y = (area[0] + area[2] - W) // 2, (area[1] + area[3] - H) // 2
    title = rng.choice(["Calendar selection", "Select a Date", "Choose date"])
    c = window(sc, [x, y, x + W, y + H], title, app, True, "dialog.calendar")
    q = rng.choice(["Select a date from below.", "When is your appointment?", "Choose the start date"])
    sc.text(c[0] + sc.px(16), c[1] + sc.px(12), q, 13)
    mo, yr = rng.choice(V.MONTHS), rng.randint(2020, 2027)
    sc.text((c[0] + c[2]) // 2, c[1] + sc.px(44), "%s %d" % (mo, yr), 14, True, anchor="ma")
    cw = (c[2] - c[0] - sc.px(32)) / 7
    day = rng.randint(1, 28)
    start = rng.randrange(7)
    for i, d in enumerate(["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]):
        sc.text(c[0] + sc.px(16) + cw * i + cw / 2, c[1] + sc.px(74), d, 11, fill=sc.theme["muted"], anchor="ma", record=False)
    for k in range(30):
        p = k + start
        cx, cy = c[0] + sc.px(16) + cw * (p % 7) + cw / 2, c[1] + sc.px(98) + sc.px(28) * (p // 7)
        if k + 1 == day:
            sc.d.ellipse([cx - sc.px(12), cy - sc.px(3), cx + sc.px(12), cy + sc.px(21)], fill=sc.theme["ac"])
        sc.text(cx, cy, str(k + 1), 12, fill=sc.theme["ac_fg"] if k + 1 == day else None, anchor="ma", record=False)
    buttons_right(sc, c[2] - sc.px(16), c[3] - sc.px(46), ["Cancel", "OK"])
    return dict(kind="dialog.calendar", app=app, title=title, noun="date picker dialog", facts=[
        {"t": "message", "text": q}, {"t": "phrase", "text": "%s %d with day %d selected" % (mo, yr, day), "fact": "date: %d %s %d" % (day, mo, yr),
                                       "quote": "%s %d" % (mo, yr)}, {"t": "buttons", "items": ["Cancel", "OK"]}], notable=["choosing a date"])


def system_monitor(sc, rng, area):
    app = rng.choice(["System Monitor", "Task Manager", "KSysGuard", "Resources"])
    box = app_box(sc, rng, area, 0.55, 0.6)
    c = window(sc, box, app, app, True, "app.system_monitor")
    th = sc.theme
    tabs = ["Processes", "Resources", "File Systems"]
    x = c[0] + sc.px(20)
    for i, t in enumerate(tabs):
        b = sc.text(x, c[1] + sc.px(12), t, 13, i == 0)
        x = b[2] + sc.px(24)
    cols = [("Process Name", 0.0), ("User", 0.4), ("% CPU", 0.55), ("Memory", 0.7), ("ID", 0.86)]
    W = c[2] - c[0] - sc.px(40)
    y = c[1] + sc.px(48)
    for lab, fx in cols:
        sc.text(c[0] + sc.px(20) + W * fx, y, lab, 12, True, fill=th["muted"])
    y += sc.px(28)
    procs = rng.sample(["firefox", "gnome-shell", "Xorg", "python3", "java", "code", "chromium", "pulseaudio", "systemd",
                        "bash", "nautilus", "thunderbird", "evolution", "tracker-miner", "gvfsd", "dbus-daemon"], 12)
    cpus = sorted([rng.uniform(0, 60) for _ in procs], reverse=True)
    n = 0
    for p, cpu in zip(procs, cpus):
        if y + sc.px(26) > c[3]:
            break
        vals = [p, rng.choice(["root", rng.choice(V.FIRST).lower()]), "%.1f" % cpu, "%.1f MB" % rng.uniform(1, 900), str(rng.randint(100, 40000))]
        for (lab, fx), v in zip(cols, vals):
            sc.text(c[0] + sc.px(20) + W * fx, y, v, 12, maxw=W * 0.3)
        y += sc.px(26)
        n += 1
    return dict(kind="app.system_monitor", app=app, title=app, noun="system monitor", facts=[
        {"t": "phrase", "text": "a process list with “%s” using the most CPU" % procs[0], "fact": "top process: " + procs[0], "quote": procs[0]},
        {"t": "count", "n": n, "what": "processes"}], notable=["running processes"])


def image_editor(sc, rng, area):
    app = rng.choice(["GIMP", "Krita", "Pinta", "Inkscape"])
    f = V.file_name(rng, "image")
    title = "[%s] (imported)-1.0 (RGB color 8-bit gamma integer, GIMP built-in sRGB, 1 layer) %dx%d – GIMP" % (f.rsplit(".", 1)[0], rng.randint(400, 4000), rng.randint(300, 3000)) \
        if app == "GIMP" else "%s - %s" % (f, app)
    box = app_box(sc, rng, area, 0.65, 0.65)
    c = window(sc, box, title, app, True, "app.image_editor", menus=["File", "Edit", "Select", "View", "Image", "Layer", "Colors", "Tools", "Filters", "Help"])
    th = sc.theme
    tools = sc.px(70)
    sc.rect([c[0], c[1], c[0] + tools, c[3]], fill=_mix(th["bg"], th["fg"], 0.05))
    for i in range(16):
        xx, yy = c[0] + sc.px(10) + (i % 2) * sc.px(28), c[1] + sc.px(10) + (i // 2) * sc.px(28)
        sc.rect([xx, yy, xx + sc.px(22), yy + sc.px(22)], fill=_mix(th["bg"], th["fg"], 0.25), r=3)
    side = sc.px(220)
    sc.rect([c[2] - side, c[1], c[2], c[3]], fill=_mix(th["bg"], th["fg"], 0.05))
    sc.text(c[2] - side + sc.px(12), c[1] + sc.px(10), "Layers", 13, True)
    layers = ["Background"] + [rng.choice(["Text", "Shadow", "Layer", "Copy"]) + " %d" % i for i in range(rng.randint(0, 3))]
    for i, l in enumerate(reversed(layers)):
        sc.text(c[2] - side + sc.px(16), c[1] + sc.px(40 + 28 * i), l, 12)
    canvas = [c[0] + tools + sc.px(30), c[1] + sc.px(30), c[2] - side - sc.px(30), c[3] - sc.px(30)]
    sc.rect([c[0] + tools, c[1], c[2] - side, c[3]], fill=(80, 80, 80))
    sc.rect(canvas, fill=(255, 255, 255))
    for _ in range(rng.randint(2, 8)):
        col = (rng.randint(0, 255), rng.randint(0, 255), rng.randint(0, 255))
        x0, y0 = rng.randint(canvas[0], canvas[2] - 20), rng.randint(canvas[1], canvas[3] - 20)
        sc.d.ellipse([x0, y0, min(canvas[2], x0 + rng.randint(20, 300)), min(canvas[3], y0 + rng.randint(20, 300))], fill=col)
    return dict(kind="app.image_editor", app=app, title=title, noun="image editor", facts=[
        {"t": "phrase", "text": "a picture being edited", "fact": "canvas"}, {"t": "count", "n": len(layers), "what": "layers"},
        {"t": "phrase", "text": "a tool palette on the left", "fact": "tool palette"}], notable=["editing %s" % f])


desktop_icons.no_background = True
launcher.no_background = True

TEMPLATES = {"desktop.icons": desktop_icons, "shell.launcher": launcher, "shell.context_menu": context_menu,
             "shell.switcher": switcher, "shell.quick_settings": quick_settings, "dialog.properties": properties,
             "dialog.calendar": calendar_dialog, "app.system_monitor": system_monitor, "app.image_editor": image_editor}
