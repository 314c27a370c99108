"""Desktop applications: system settings, music player, video player, image viewer, PDF viewer, word processor,
mail client, and zenity-style calendar/list/print dialogs."""
from . import vocab as V
from .chrome import window, app_box, button, buttons_right, checkbox, icon, progress, entry, toolbar, statusbar
from .scene import _mix

PANELS = ["Wi-Fi", "Network", "Bluetooth", "Displays", "Sound", "Power", "Notifications", "Privacy", "Keyboard",
          "Mouse & Touchpad", "Printers", "Accessibility", "Users", "Date & Time", "Appearance", "About"]
OPTIONS = {"Wi-Fi": ["Wi-Fi", "Airplane Mode", "Connect automatically"], "Bluetooth": ["Bluetooth", "Visible to other devices"],
           "Sound": ["Mute", "Over-amplification", "Alert sounds"], "Power": ["Automatic suspend", "Dim screen", "Show battery percentage"],
           "Notifications": ["Do Not Disturb", "Lock screen notifications"], "Privacy": ["Location services", "Camera access", "Microphone access"],
           "Accessibility": ["Screen reader", "High contrast", "Large text", "Zoom", "Sticky keys"],
           "Appearance": ["Dark style", "Show desktop icons"], "Displays": ["Night light", "Fractional scaling"],
           "Date & Time": ["Automatic date & time", "24-hour format"], "Keyboard": ["Key repeat", "Show input source"],
           "Mouse & Touchpad": ["Natural scrolling", "Tap to click"], "Network": ["Wired", "VPN", "Proxy"],
           "Printers": ["Default printer", "Share printers"], "Users": ["Automatic login", "Administrator"], "About": []}


def settings_app(sc, rng, area):
    app = rng.choice(["Settings", "System Settings", "Control Center", "System Preferences"])
    panel = rng.choice(PANELS)
    box = app_box(sc, rng, area, 0.55, 0.6)
    c = window(sc, box, panel if rng.random() < 0.6 else app, app, True, "app.settings")
    th = sc.theme
    side = sc.px(220)
    sc.rect([c[0], c[1], c[0] + side, c[3]], fill=_mix(th["bg"], th["fg"], 0.04))
    y = c[1] + sc.px(10)
    for p in PANELS:
        if y + sc.px(30) > c[3]:
            break
        if p == panel:
            sc.rect([c[0] + sc.px(6), y - sc.px(2), c[0] + side - sc.px(6), y + sc.px(28)], fill=th["sel"], r=5)
        sc.text(c[0] + sc.px(18), y + sc.px(13), p, 13, anchor="lm")
        y += sc.px(34)
    x = c[0] + side + sc.px(36)
    W = c[2] - x - sc.px(36)
    sc.text(x, c[1] + sc.px(20), panel, 20, True)
    y = c[1] + sc.px(70)
    facts = [{"t": "heading", "text": panel}]
    if panel == "About":
        rows = [("Device Name", rng.choice(V.FIRST).lower() + "-laptop"), ("Memory", "%d GiB" % rng.choice([4, 8, 16, 32])),
                ("Processor", rng.choice(["Intel Core i5", "AMD Ryzen 7", "Intel Core i7"])),
                ("OS Name", rng.choice(["Debian GNU/Linux 12", "Ubuntu 24.04 LTS", "Fedora Linux 40"])),
                ("Disk Capacity", "%d GB" % rng.choice([256, 512, 1000]))]
        for k, v in rows:
            sc.rect([x, y, x + W, y + sc.px(44)], fill=th["base"], outline=th["border"], r=6)
            sc.text(x + sc.px(14), y + sc.px(22), k, 13, anchor="lm")
            sc.text(x + W - sc.px(14), y + sc.px(22), v, 13, fill=th["muted"], anchor="rm")
            y += sc.px(50)
        facts.append({"t": "phrase", "text": "%s as the system" % rows[3][1], "fact": "os: " + rows[3][1], "quote": rows[3][1]})
    else:
        opts = OPTIONS[panel]
        on = []
        for o in opts:
            sc.rect([x, y, x + W, y + sc.px(50)], fill=th["base"], outline=th["border"], r=6)
            sc.text(x + sc.px(14), y + sc.px(25), o, 13, anchor="lm")
            st = rng.random() < 0.5
            checkbox(sc, x + W - sc.px(60), y + sc.px(17), "", st, 13, "switch")
            sc.controls[-1]["label"] = o
            if st:
                on.append(o)
            y += sc.px(56)
        if panel in ("Sound", "Displays"):
            lab = "Volume" if panel == "Sound" else "Brightness"
            sc.text(x, y + sc.px(10), lab, 13)
            v = rng.random()
            progress(sc, x + sc.px(110), y + sc.px(16), W - sc.px(130), v, 6)
            facts.append({"t": "phrase", "text": "%s at %d percent" % (lab.lower(), round(v * 100)), "fact": "%s %d%%" % (lab.lower(), round(v * 100))})
        if panel in ("Wi-Fi", "Network"):
            y += sc.px(14)
            nets = rng.sample(["HomeWiFi", "Office", "eduroam", "Guest", "CoffeeShop", "NETGEAR42", "FRITZ!Box 7530", "Linksys"], 4)
            for i, n in enumerate(nets):
                if y + sc.px(40) > c[3]:
                    break
                sc.text(x + sc.px(14), y, n + ("  Connected" if i == 0 else ""), 13)
                y += sc.px(36)
            facts.append({"t": "phrase", "text": "connected to “%s”" % nets[0], "fact": "wifi: " + nets[0], "quote": nets[0]})
        if on:
            facts.append({"t": "phrase", "text": "“%s” switched on" % on[0], "fact": "on: " + on[0], "quote": on[0]})
        off = [o for o in opts if o not in on]
        if off:
            facts.append({"t": "phrase", "text": "“%s” switched off" % off[0], "fact": "off: " + off[0], "quote": off[0]})
    return dict(kind="app.settings", app=app, title=sc.windows[-1]["title"], noun="settings window", facts=facts,
                notable=["the %s settings" % panel])


def music(sc, rng, area):
    app = rng.choice(["Rhythmbox", "Music", "Lollypop", "Spotify", "Clementine", "Audacious", "Elisa"])
    artist = rng.choice(["The %s %ss" % (rng.choice(V.ADJ).capitalize(), rng.choice(V.NOUNS).capitalize()), V.person(rng)])
    album = V.title_words(rng, 2)
    tracks = [V.title_words(rng, rng.randint(1, 3)) for _ in range(rng.randint(5, 14))]
    cur = rng.randrange(len(tracks))
    box = app_box(sc, rng, area, 0.55, 0.55)
    c = window(sc, box, tracks[cur] + " - " + artist if rng.random() < 0.5 else app, app, True, "app.music")
    th = sc.theme
    cs = sc.px(200)
    sc.rect([c[0] + sc.px(20), c[1] + sc.px(20), c[0] + sc.px(20) + cs, c[1] + sc.px(20) + cs],
            fill=(rng.randint(40, 220), rng.randint(40, 220), rng.randint(40, 220)), r=6)
    x = c[0] + cs + sc.px(44)
    sc.text(x, c[1] + sc.px(30), album, 22, True, maxw=c[2] - x - sc.px(20))
    sc.text(x, c[1] + sc.px(64), artist, 15, fill=th["muted"], maxw=c[2] - x - sc.px(20))
    y = c[1] + cs + sc.px(40)
    bar = sc.px(80)
    for i, t in enumerate(tracks):
        if y + sc.px(30) > c[3] - bar:
            break
        if i == cur:
            sc.rect([c[0] + sc.px(14), y - sc.px(5), c[2] - sc.px(14), y + sc.px(23)], fill=th["sel"], r=4)
        sc.text(c[0] + sc.px(24), y, str(i + 1), 13, fill=th["muted"])
        sc.text(c[0] + sc.px(60), y, t, 13, i == cur, maxw=c[2] - c[0] - sc.px(160))
        sc.text(c[2] - sc.px(24), y, "%d:%02d" % (rng.randint(2, 6), rng.randint(0, 59)), 13, fill=th["muted"], anchor="ra")
        y += sc.px(30)
    by = c[3] - bar
    sc.rect([c[0], by, c[2], c[3]], fill=_mix(th["bg"], th["fg"], 0.05))
    playing = rng.random() < 0.6
    cx = (c[0] + c[2]) // 2
    sc.d.ellipse([cx - sc.px(20), by + sc.px(12), cx + sc.px(20), by + sc.px(52)], fill=th["ac"])
    if playing:
        sc.rect([cx - sc.px(8), by + sc.px(22), cx - sc.px(3), by + sc.px(42)], fill=th["ac_fg"])
        sc.rect([cx + sc.px(3), by + sc.px(22), cx + sc.px(8), by + sc.px(42)], fill=th["ac_fg"])
    else:
        sc.d.polygon([(cx - sc.px(6), by + sc.px(22)), (cx - sc.px(6), by + sc.px(42)), (cx + sc.px(10), by + sc.px(32))], fill=th["ac_fg"])
    progress(sc, c[0] + sc.px(80), by + sc.px(62), c[2] - c[0] - sc.px(160), rng.random(), 4)
    facts = [{"t": "phrase", "text": "the album “%s” by %s" % (album, artist), "fact": "album: " + album, "quote": album},
             {"t": "phrase", "text": "“%s” %s" % (tracks[cur], "playing" if playing else "paused"), "fact": "track: " + tracks[cur], "quote": tracks[cur]},
             {"t": "count", "n": len(tracks), "what": "tracks"}]
    return dict(kind="app.music", app=app, title=sc.windows[-1]["title"], noun="music player", facts=facts,
                notable=["music %s" % ("playing" if playing else "paused")])


def image_viewer(sc, rng, area):
    app = rng.choice(["Image Viewer", "Eye of GNOME", "gThumb", "Ristretto", "Photos", "Gwenview", "feh"])
    f = V.file_name(rng, "image")
    box = app_box(sc, rng, area, 0.5, 0.5)
    title = rng.choice(["%s - %s" % (f, app), f])
    c = window(sc, box, title, app, True, "app.image_viewer")
    sc.rect(c, fill=rng.choice([(30, 30, 30), (60, 60, 60), sc.theme["bg"]]))
    w, h = c[2] - c[0], c[3] - c[1]
    iw, ih = int(w * rng.uniform(0.5, 0.9)), int(h * rng.uniform(0.5, 0.85))
    x0, y0 = c[0] + (w - iw) // 2, c[1] + (h - ih) // 2
    scene = rng.choice(["landscape", "sunset", "abstract shapes", "a chart", "a portrait placeholder"])
    if scene in ("landscape", "sunset"):
        sky = (120, 180, 240) if scene == "landscape" else (250, 150, 80)
        sc.rect([x0, y0, x0 + iw, y0 + ih * 0.6], fill=sky)
        sc.rect([x0, y0 + ih * 0.6, x0 + iw, y0 + ih], fill=(80, 150, 70) if scene == "landscape" else (60, 40, 60))
        sc.d.ellipse([x0 + iw * 0.7, y0 + ih * 0.15, x0 + iw * 0.8, y0 + ih * 0.15 + iw * 0.1], fill=(255, 230, 120))
        sc.d.polygon([(x0 + iw * 0.1, y0 + ih * 0.6), (x0 + iw * 0.3, y0 + ih * 0.25), (x0 + iw * 0.5, y0 + ih * 0.6)], fill=(110, 110, 120))
        what = "a landscape photo with mountains" if scene == "landscape" else "a sunset picture"
    else:
        sc.rect([x0, y0, x0 + iw, y0 + ih], fill=(240, 240, 240))
        for _ in range(8):
            col = (rng.randint(0, 255), rng.randint(0, 255), rng.randint(0, 255))
            r = rng.randint(10, max(11, min(iw, ih) // 4))
            cx, cy = rng.randint(x0 + r, x0 + iw - r), rng.randint(y0 + r, y0 + ih - r)
            sc.d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=col)
        what = "an image of coloured circles"
    zoom = "%d%%" % rng.choice([25, 50, 67, 100, 150])
    sc.text(c[2] - sc.px(14), c[3] - sc.px(10), zoom, 12, fill=(220, 220, 220), anchor="rd")
    facts = [{"t": "phrase", "text": what, "fact": "image: " + what}, {"t": "phrase", "text": "zoom at %s" % zoom, "fact": "zoom " + zoom, "quote": zoom}]
    return dict(kind="app.image_viewer", app=app, title=title, noun="image viewer", facts=facts, notable=[what])


def pdf_viewer(sc, rng, area):
    app = rng.choice(["Document Viewer", "Evince", "Okular", "Atril", "qpdfview", "Adobe Acrobat Reader"])
    f = V.file_name(rng, "document").rsplit(".", 1)[0] + ".pdf"
    box = app_box(sc, rng, area, 0.55, 0.6)
    title = rng.choice(["%s — %s" % (f, app), f])
    c = window(sc, box, title, app, True, "app.pdf_viewer")
    th = sc.theme
    n, p = rng.randint(2, 60), 1
    p = rng.randint(1, n)
    top = toolbar(sc, c, ["%d of %d" % (p, n), "%d%%" % rng.choice([75, 100, 125, 150]), "Search", "Print"])
    sc.rect([c[0], top, c[2], c[3]], fill=(128, 128, 128) if th["mode"] != "light" else (210, 210, 210))
    pw = min(int((c[3] - top) * 0.8), c[2] - c[0] - sc.px(40))
    x0 = (c[0] + c[2]) // 2 - pw // 2
    sc.rect([x0, top + sc.px(16), x0 + pw, c[3] + 10], fill=(255, 255, 255))
    old = sc.theme
    sc.theme = dict(old, fg=(20, 20, 20))
    head = rng.choice(V.PHRASES) if rng.random() < 0.5 else V.title_words(rng, 3)
    y = top + sc.px(50)
    sc.text(x0 + sc.px(40), y, head, 20, True, cls="serif", maxw=pw - sc.px(80))
    y += sc.px(44)
    while y < c[3] - sc.px(30):
        y = sc.wrap(x0 + sc.px(40), y, V.paragraph(rng, 3), pw - sc.px(80), 11, cls="serif", lh=1.5, maxy=c[3] - sc.px(10)) + sc.px(10)
    sc.theme = old
    facts = [{"t": "heading", "text": head}, {"t": "phrase", "text": "page %d of %d" % (p, n), "fact": "page %d of %d" % (p, n), "quote": "%d of %d" % (p, n)}]
    return dict(kind="app.pdf_viewer", app=app, title=title, noun="PDF viewer", facts=facts, notable=["a PDF document titled “%s”" % head])


def writer(sc, rng, area):
    app = rng.choice(["LibreOffice Writer", "AbiWord", "Word", "Calligra Words"])
    f = V.file_name(rng, "document").rsplit(".", 1)[0] + rng.choice([".odt", ".docx"])
    box = app_box(sc, rng, area, 0.6, 0.6)
    title = "%s - %s" % (f, app)
    c = window(sc, box, title, app, True, "office.writer", menus=["File", "Edit", "View", "Insert", "Format", "Styles", "Table", "Tools", "Help"])
    th = sc.theme
    top = toolbar(sc, c, [rng.choice(["Liberation Serif", "Carlito", "DejaVu Sans"]), str(rng.choice([11, 12, 14])), "B", "I", "U", "Align"])
    bottom = statusbar(sc, c, "Page %d of %d   %d words, %d characters   English (USA)" % (1, rng.randint(1, 9), rng.randint(50, 4000), rng.randint(300, 20000)))
    sc.rect([c[0], top, c[2], bottom], fill=(200, 200, 205) if th["mode"] == "light" else (70, 70, 75))
    pw = min(c[2] - c[0] - sc.px(40), sc.px(700))
    x0 = (c[0] + c[2]) // 2 - pw // 2
    sc.rect([x0, top + sc.px(20), x0 + pw, bottom], fill=(255, 255, 255))
    old = sc.theme
    sc.theme = dict(old, fg=(20, 20, 20))
    kind = rng.choice(["letter", "report", "notes"])
    y = top + sc.px(70)
    if kind == "letter":
        to = V.person(rng)
        sc.text(x0 + sc.px(60), y, V.date_str(rng), 12, cls="serif")
        y += sc.px(40)
        head = "Dear %s," % to
        sc.text(x0 + sc.px(60), y, head, 12, cls="serif")
        y += sc.px(30)
    else:
        head = rng.choice(V.PHRASES)
        sc.text(x0 + sc.px(60), y, head, 20, True, cls="serif")
        y += sc.px(44)
    while y < bottom - sc.px(30):
        y = sc.wrap(x0 + sc.px(60), y, V.paragraph(rng, 3), pw - sc.px(120), 12, cls="serif", lh=1.5, maxy=bottom - sc.px(8)) + sc.px(12)
    sc.theme = old
    facts = [{"t": "heading", "text": head}, {"t": "phrase", "text": "a %s" % kind, "fact": "document type: " + kind}]
    return dict(kind="office.writer", app=app, title=title, noun="word processor", facts=facts,
                notable=["a %s starting with “%s”" % (kind, head)])


def list_dialog(sc, rng, area):
    app = "zenity" if rng.random() < 0.5 else rng.choice(["Software", "Printers", "Backup"])
    q, cols = rng.choice([("Choose a printer", ["Name", "Location", "Status"]), ("Select a file to restore", ["File", "Date", "Size"]),
                          ("Choose a task", ["Task", "Due", "Priority"])])
    W, H = sc.px(520), sc.px(360)
    ax = area
    x, y = (ax[0] + ax[2] - W) // 2, (ax[1] + ax[3] - H) // 2
    c = window(sc, [x, y, x + W, y + H], rng.choice([q, "Select an item", app]), app, True, "dialog.list")
    th = sc.theme
    sc.text(c[0] + sc.px(16), c[1] + sc.px(12), q, 13)
    ty = c[1] + sc.px(40)
    sc.rect([c[0] + sc.px(16), ty, c[2] - sc.px(16), c[3] - sc.px(60)], fill=th["base"], outline=th["border"])
    cw = (c[2] - c[0] - sc.px(40)) / len(cols)
    for i, cl in enumerate(cols):
        sc.text(c[0] + sc.px(24) + cw * i, ty + sc.px(6), cl, 12, True)
    rows = []
    yy = ty + sc.px(32)
    sel = rng.randrange(5)
    for r in range(rng.randint(2, 7)):
        if yy + sc.px(26) > c[3] - sc.px(64):
            break
        vals = {"Name": rng.choice(["HP LaserJet", "Canon MG3600", "Brother HL-2270", "EPSON XP-245", "Office Printer"]) + " %d" % r,
                "Location": rng.choice(["Room %d" % rng.randint(1, 300), "2nd floor", "Home office"]),
                "Status": rng.choice(["Ready", "Offline", "Printing", "Paused"]), "File": V.file_name(rng), "Date": V.date_str(rng),
                "Size": "%d kB" % rng.randint(1, 9999), "Task": rng.choice(V.VERBS).capitalize() + " " + rng.choice(V.NOUNS),
                "Due": rng.choice(V.DAYS), "Priority": rng.choice(["High", "Low", "Normal"])}
        if r == sel:
            sc.rect([c[0] + sc.px(17), yy - sc.px(3), c[2] - sc.px(17), yy + sc.px(21)], fill=th["sel"])
        for i, cl in enumerate(cols):
            sc.text(c[0] + sc.px(24) + cw * i, yy, vals[cl], 12, maxw=cw - sc.px(10))
        rows.append(vals[cols[0]])
        yy += sc.px(26)
    buttons_right(sc, c[2] - sc.px(16), c[3] - sc.px(46), ["Cancel", "OK"])
    facts = [{"t": "message", "text": q}, {"t": "count", "n": len(rows), "what": "rows"}, {"t": "items", "items": rows[:2], "what": "rows"},
             {"t": "buttons", "items": ["Cancel", "OK"]}]
    return dict(kind="dialog.list", app=app, title=sc.windows[-1]["title"], noun="list dialog", facts=facts, notable=[q.lower()])


def print_dialog(sc, rng, area):
    app = rng.choice(["Text Editor", "Document Viewer", "Firefox", "LibreOffice Writer", "Image Viewer"])
    W, H = sc.px(560), sc.px(400)
    x, y = (area[0] + area[2] - W) // 2, (area[1] + area[3] - H) // 2
    c = window(sc, [x, y, x + W, y + H], "Print", app, True, "dialog.print")
    th = sc.theme
    printers = rng.sample(["HP LaserJet", "Canon MG3600", "Brother HL-2270", "EPSON XP-245", "Print to File", "Office Printer"], 3)
    sc.text(c[0] + sc.px(20), c[1] + sc.px(16), "Printer", 13, True)
    yy = c[1] + sc.px(44)
    for i, p in enumerate(printers):
        if i == 0:
            sc.rect([c[0] + sc.px(16), yy - sc.px(4), c[2] - sc.px(16), yy + sc.px(22)], fill=th["sel"])
        sc.text(c[0] + sc.px(24), yy, p, 13)
        sc.text(c[2] - sc.px(24), yy, rng.choice(["Ready", "Offline", ""]) if p != "Print to File" else "", 12, fill=th["muted"], anchor="ra")
        yy += sc.px(28)
    yy += sc.px(16)
    copies = rng.randint(1, 5)
    sc.text(c[0] + sc.px(20), yy + sc.px(8), "Copies", 13)
    entry(sc, c[0] + sc.px(120), yy, sc.px(70), str(copies), label="Copies")
    yy += sc.px(46)
    rng_ = rng.choice(["All pages", "Current page", "Pages: 1-%d" % rng.randint(2, 9)])
    checkbox(sc, c[0] + sc.px(20), yy, rng_, True, 13, "radio")
    checkbox(sc, c[0] + sc.px(20), yy + sc.px(30), "Two-sided", rng.random() < 0.4)
    buttons_right(sc, c[2] - sc.px(16), c[3] - sc.px(46), ["Cancel", "Print"])
    facts = [{"t": "phrase", "text": "the printer “%s” selected" % printers[0], "fact": "printer: " + printers[0], "quote": printers[0]},
             {"t": "phrase", "text": "%d %s" % (copies, "copy" if copies == 1 else "copies"), "fact": "copies: %d" % copies},
             {"t": "buttons", "items": ["Cancel", "Print"]}]
    return dict(kind="dialog.print", app=app, title="Print", noun="print dialog", facts=facts, notable=["printing to %s" % printers[0]])


TEMPLATES = {"app.settings": settings_app, "app.music": music, "app.image_viewer": image_viewer, "app.pdf_viewer": pdf_viewer,
             "office.writer": writer, "dialog.list": list_dialog, "dialog.print": print_dialog}
