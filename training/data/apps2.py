"""More desktop applications: mail client, presentation, software center, video player, chat app, login screen,
sticky notes, software updater, vim in a terminal."""
from . import vocab as V
from .chrome import window, app_box, icon, buttons_right, button, entry, checkbox, progress, toolbar, statusbar
from .scene import _mix


def mail_client(sc, rng, area):
    app = rng.choice(["Thunderbird", "Evolution", "Geary", "Outlook", "Mail", "KMail"])
    box = app_box(sc, rng, area, 0.65, 0.65)
    unread = rng.randint(0, 60)
    title = rng.choice(["Inbox - %s" % V.email_addr(rng), "Inbox (%d) - %s" % (unread, app), app])
    c = window(sc, box, title, app, True, "app.mail", menus=["File", "Edit", "View", "Go", "Message", "Tools", "Help"] if rng.random() < 0.5 else None)
    th = sc.theme
    top = toolbar(sc, c, ["Get Messages", "Write", "Chat", "Address Book", "Tag", "Search"])
    fw = sc.px(190)
    sc.rect([c[0], top, c[0] + fw, c[3]], fill=_mix(th["bg"], th["fg"], 0.04))
    for i, fo in enumerate(["Inbox", "Drafts", "Sent", "Archive", "Junk", "Trash"]):
        t = fo + (" (%d)" % unread if fo == "Inbox" and unread else "")
        sc.text(c[0] + sc.px(16), top + sc.px(12 + 28 * i), t, 13, fo == "Inbox")
    lx = c[0] + fw
    split = top + (c[3] - top) * rng.uniform(0.4, 0.55)
    sc.rect([lx, top, c[2], c[3]], fill=th["base"])
    rh = sc.px(28)
    y = top + sc.px(6)
    W = c[2] - lx
    msgs = []
    sel = rng.randrange(6)
    for i in range(20):
        if y + rh > split:
            break
        who, subj = V.person(rng), V.subject(rng)
        b = rng.random() < 0.3
        if i == sel:
            sc.rect([lx, y, c[2], y + rh], fill=th["sel"])
        sc.text(lx + sc.px(10), y + rh // 2, subj, 12, b, anchor="lm", maxw=W * 0.5)
        sc.text(lx + W * 0.55, y + rh // 2, who, 12, b, anchor="lm", maxw=W * 0.25)
        sc.text(c[2] - sc.px(10), y + rh // 2, V.date_str(rng), 12, anchor="rm", fill=th["muted"])
        msgs.append((subj, who))
        y += rh
    sc.d.line([lx, split, c[2], split], fill=th["border"])
    facts = [{"t": "count", "n": len(msgs), "what": "messages"}]
    if msgs:
        s, w = msgs[min(sel, len(msgs) - 1)]
        yy = split + sc.px(12)
        sc.text(lx + sc.px(16), yy, s, 16, True, maxw=W - sc.px(30))
        sc.text(lx + sc.px(16), yy + sc.px(28), "From: %s <%s>" % (w, V.email_addr(rng, w)), 12, fill=th["muted"], maxw=W - sc.px(30))
        sc.wrap(lx + sc.px(16), yy + sc.px(60), "Hi, " + V.paragraph(rng, 3), W - sc.px(40), 13, maxy=c[3] - sc.px(8))
        facts += [{"t": "phrase", "text": "an open message “%s” from %s" % (s, w), "fact": "open message: " + s, "quote": s}]
    return dict(kind="app.mail", app=app, title=title, noun="email client", facts=facts, notable=["an email inbox with a message preview"])


def presentation(sc, rng, area):
    app = rng.choice(["LibreOffice Impress", "PowerPoint", "Keynote", "Calligra Stage"])
    f = V.title_words(rng, 2).replace(" ", "_") + rng.choice([".odp", ".pptx"])
    title = "%s - %s" % (f, app)
    box = app_box(sc, rng, area, 0.65, 0.65)
    c = window(sc, box, title, app, True, "office.presentation", menus=["File", "Edit", "View", "Insert", "Format", "Slide", "Slide Show", "Help"])
    th = sc.theme
    top = toolbar(sc, c, ["New Slide", "Undo", "Redo", "Text Box", "Image", "Table", "Chart", "Start"])
    n = rng.randint(3, 15)
    cur = rng.randrange(n)
    tw = sc.px(170)
    sc.rect([c[0], top, c[0] + tw, c[3]], fill=_mix(th["bg"], th["fg"], 0.05))
    bg = rng.choice([(255, 255, 255), (30, 60, 110), (245, 240, 225), (20, 20, 20)])
    fg = (20, 20, 20) if sum(bg) > 400 else (250, 250, 250)
    heads = [rng.choice(V.PHRASES) if i else V.title_words(rng, 3) for i in range(n)]
    for i in range(n):
        y = top + sc.px(10) + i * sc.px(104)
        if y + sc.px(90) > c[3]:
            break
        sc.text(c[0] + sc.px(8), y, str(i + 1), 11, fill=th["muted"], record=False)
        sc.rect([c[0] + sc.px(26), y, c[0] + tw - sc.px(10), y + sc.px(80)], fill=bg, outline=th["ac"] if i == cur else th["border"],
                width=max(1, sc.px(3 if i == cur else 1)))
    x0, x1 = c[0] + tw + sc.px(30), c[2] - sc.px(30)
    sw = x1 - x0
    sh = min(int(sw * 9 / 16), c[3] - top - sc.px(60))
    sw = int(sh * 16 / 9)
    y0 = top + sc.px(24)
    sc.rect([x0, y0, x0 + sw, y0 + sh], fill=bg, outline=th["border"])
    old = sc.theme
    sc.theme = dict(old, fg=fg)
    sc.text(x0 + sw * 0.07, y0 + sh * 0.1, heads[cur], max(14, sh / sc.scale * 0.08), True, maxw=sw * 0.86)
    bullets = [V.sentence(rng).rstrip(".") for _ in range(rng.randint(2, 5))]
    for i, b in enumerate(bullets):
        yy = y0 + sh * (0.3 + 0.13 * i)
        if yy > y0 + sh * 0.9:
            break
        sc.text(x0 + sw * 0.09, yy, "• " + b, max(10, sh / sc.scale * 0.045), maxw=sw * 0.84)
    sc.theme = old
    sc.text(c[0] + tw + sc.px(10), c[3] - sc.px(18), "Slide %d of %d" % (cur + 1, n), 11, fill=th["muted"])
    facts = [{"t": "heading", "text": heads[cur]}, {"t": "phrase", "text": "slide %d of %d" % (cur + 1, n), "fact": "slide %d of %d" % (cur + 1, n),
                                                    "quote": "Slide %d of %d" % (cur + 1, n)},
             {"t": "count", "n": len(bullets), "what": "bullet points"}]
    return dict(kind="office.presentation", app=app, title=title, noun="presentation editor", facts=facts,
                notable=["a slide titled “%s”" % heads[cur]])


def software_center(sc, rng, area):
    app = rng.choice(["Software", "Discover", "App Center", "Microsoft Store", "GNOME Software"])
    box = app_box(sc, rng, area, 0.6, 0.6)
    c = window(sc, box, app, app, True, "app.software")
    th = sc.theme
    tabs = ["Explore", "Installed", "Updates"]
    tab = rng.randrange(3)
    x = (c[0] + c[2]) // 2 - sc.px(150)
    for i, t in enumerate(tabs):
        b = sc.text(x, c[1] + sc.px(12), t, 14, i == tab)
        if i == tab:
            sc.rect([b[0], b[3] + sc.px(4), b[2], b[3] + sc.px(7)], fill=th["ac"])
        x = b[2] + sc.px(40)
    apps = rng.sample(["GIMP", "Inkscape", "VLC", "Firefox", "Thunderbird", "LibreOffice", "Blender", "Audacity", "Krita",
                       "OBS Studio", "Shotwell", "Rhythmbox", "Kdenlive", "Calibre", "Steam", "Zoom", "Spotify", "Signal"], 9)
    cw = (c[2] - c[0] - sc.px(40)) // 3
    shown = []
    for i, a in enumerate(apps):
        x, y = c[0] + sc.px(20) + (i % 3) * cw, c[1] + sc.px(56) + (i // 3) * sc.px(110)
        if y + sc.px(100) > c[3]:
            break
        sc.rect([x, y, x + cw - sc.px(12), y + sc.px(96)], fill=th["base"], outline=th["border"], r=10)
        icon(sc, x + sc.px(40), y + sc.px(48), sc.px(48), rng.choice(["image", "audio", "video", "document", "code"]))
        sc.text(x + sc.px(76), y + sc.px(18), a, 14, True, maxw=cw - sc.px(100))
        sc.text(x + sc.px(76), y + sc.px(42), rng.choice(["Photo editor", "Media player", "Office suite", "Web browser",
                                                          "Audio editor", "3D creation", "E-book manager", "Messenger"]), 12,
                fill=th["muted"], maxw=cw - sc.px(100))
        lab = "Installed" if tab == 1 else rng.choice(["Install", "Install", "Open", "Update"])
        if y + sc.px(90) < c[3]:
            button(sc, x + sc.px(76), y + sc.px(60), lab, lab == "Install", None, 11)
        shown.append(a)
    facts = [{"t": "phrase", "text": "the “%s” tab" % tabs[tab], "fact": "tab: " + tabs[tab], "quote": tabs[tab]},
             {"t": "items", "items": shown[:3], "what": "apps"}, {"t": "count", "n": len(shown), "what": "apps"}]
    return dict(kind="app.software", app=app, title=app, noun="software store", facts=facts, notable=["applications to install"])


def video_player(sc, rng, area):
    app = rng.choice(["VLC media player", "Videos", "Celluloid", "mpv", "SMPlayer", "Movies & TV", "Totem"])
    f = V.file_name(rng, "video")
    title = "%s - %s" % (f, app) if app != "mpv" else f
    box = app_box(sc, rng, area, 0.5, 0.5)
    c = window(sc, box, title, app, True, "app.video", menus=["Media", "Playback", "Audio", "Video", "Subtitle", "Tools", "View", "Help"] if "VLC" in app else None)
    sc.rect(c, fill=(0, 0, 0))
    vb = [c[0], c[1], c[2], c[3] - sc.px(56)]
    for _ in range(rng.randint(3, 9)):
        col = (rng.randint(10, 220), rng.randint(10, 220), rng.randint(10, 220))
        x, y = rng.randint(vb[0], vb[2]), rng.randint(vb[1], vb[3])
        r = rng.randint(20, max(21, (vb[3] - vb[1]) // 2))
        sc.d.ellipse([max(vb[0], x - r), max(vb[1], y - r), min(vb[2], x + r), min(vb[3], y + r)], fill=col)
    th = sc.theme
    bar = [c[0], c[3] - sc.px(56), c[2], c[3]]
    sc.rect(bar, fill=_mix(th["bg"], (0, 0, 0), 0.2))
    tot = rng.randint(120, 7200)
    cur = rng.randint(0, tot)
    fmt = lambda t: "%d:%02d:%02d" % (t // 3600, t // 60 % 60, t % 60) if tot >= 3600 else "%d:%02d" % (t // 60, t % 60)
    sc.text(bar[0] + sc.px(10), bar[1] + sc.px(14), fmt(cur), 12, anchor="lm")
    sc.text(bar[2] - sc.px(10), bar[1] + sc.px(14), fmt(tot), 12, anchor="rm")
    progress(sc, bar[0] + sc.px(70), bar[1] + sc.px(11), bar[2] - bar[0] - sc.px(140), cur / tot, 5)
    paused = rng.random() < 0.5
    cx = (bar[0] + bar[2]) // 2
    if paused:
        sc.d.polygon([(cx - sc.px(6), bar[1] + sc.px(28)), (cx - sc.px(6), bar[1] + sc.px(48)), (cx + sc.px(10), bar[1] + sc.px(38))], fill=th["fg"])
    else:
        sc.rect([cx - sc.px(8), bar[1] + sc.px(28), cx - sc.px(3), bar[1] + sc.px(48)], fill=th["fg"])
        sc.rect([cx + sc.px(3), bar[1] + sc.px(28), cx + sc.px(8), bar[1] + sc.px(48)], fill=th["fg"])
    facts = [{"t": "phrase", "text": "the video “%s” %s" % (f, "paused" if paused else "playing"), "fact": "video: " + f, "quote": f},
             {"t": "phrase", "text": "the time %s of %s" % (fmt(cur), fmt(tot)), "fact": "time: %s / %s" % (fmt(cur), fmt(tot)), "quote": fmt(tot)}]
    return dict(kind="app.video", app=app, title=title, noun="video player", facts=facts, notable=["a video %s" % ("paused" if paused else "playing")])


def chat_app(sc, rng, area):
    app = rng.choice(["Slack", "Discord", "Element", "Teams", "Signal", "Telegram"])
    chan = rng.choice(["#general", "#random", "#design", "#support", "#project-%s" % rng.choice(V.NOUNS)]) if app in ("Slack", "Discord", "Element") \
        else V.person(rng)
    box = app_box(sc, rng, area, 0.6, 0.6)
    title = "%s - %s" % (chan, app)
    c = window(sc, box, title, app, True, "app.chat")
    th = sc.theme
    side = sc.px(220)
    sb = rng.choice([(63, 14, 64), (47, 49, 54), (32, 34, 37), (70, 72, 140)])
    sc.rect([c[0], c[1], c[0] + side, c[3]], fill=sb)
    chans = [chan] + rng.sample(["#general", "#random", "#dev", "#ops", "#music", V.person(rng), V.person(rng)], 5)
    chans = list(dict.fromkeys(chans))
    for i, ch in enumerate(chans):
        y = c[1] + sc.px(16 + 30 * i)
        if ch == chan:
            sc.rect([c[0] + sc.px(6), y - sc.px(4), c[0] + side - sc.px(6), y + sc.px(22)], fill=_mix(sb, (255, 255, 255), 0.2), r=4)
        sc.text(c[0] + sc.px(16), y, ch, 13, ch == chan, fill=(235, 235, 235), maxw=side - sc.px(24))
    x0 = c[0] + side + sc.px(16)
    sc.rect([c[0] + side, c[1], c[2], c[3]], fill=th["base"])
    sc.text(x0, c[1] + sc.px(12), chan, 16, True)
    y = c[1] + sc.px(50)
    n = 0
    last = None
    while y + sc.px(60) < c[3] - sc.px(60):
        who = V.person(rng)
        sc.rect([x0, y, x0 + sc.px(36), y + sc.px(36)], fill=(rng.randint(60, 220), rng.randint(60, 220), rng.randint(60, 220)), r=6)
        b = sc.text(x0 + sc.px(48), y, who, 13, True)
        sc.text(b[2] + sc.px(10), y + sc.px(2), V.time_str(rng, False), 11, fill=th["muted"])
        last = V.sentence(rng)
        y = sc.wrap(x0 + sc.px(48), y + sc.px(20), last, c[2] - x0 - sc.px(70), 13) + sc.px(14)
        n += 1
    entry(sc, x0, c[3] - sc.px(52), c[2] - x0 - sc.px(16), "", "Message %s" % chan, label="message box")
    facts = [{"t": "phrase", "text": "the conversation “%s”" % chan, "fact": "channel: " + chan, "quote": chan},
             {"t": "count", "n": n, "what": "messages"}]
    return dict(kind="app.chat", app=app, title=title, noun="chat app", facts=facts, notable=["a group chat in %s" % chan])


def login_screen(sc, rng, area):
    """The login (greeter) screen: user name and a password box, no windows."""
    th = sc.theme
    sc.begin_window([0, 0, sc.w, sc.h], "Login", "greeter", True, "shell.login")
    sc.d.rectangle([0, 0, sc.w, sc.h], fill=_mix(th["desktop"], (0, 0, 0), 0.45))
    cx, cy = sc.w // 2, sc.h // 2
    user = V.person(rng)
    sc.d.ellipse([cx - sc.px(48), cy - sc.px(150), cx + sc.px(48), cy - sc.px(54)], fill=(190, 190, 200))
    sc.text(cx, cy - sc.px(30), user, 20, True, fill=(255, 255, 255), anchor="mm")
    old = sc.theme
    sc.theme = dict(old, fg=(20, 20, 20), base=(250, 250, 250), border=(180, 180, 180), muted=(120, 120, 120))
    pw = rng.random() < 0.5
    entry(sc, cx - sc.px(140), cy + sc.px(10), sc.px(280), "x" * rng.randint(4, 10) if pw else "", "Password", password=True, label="Password")
    sc.theme = old
    extra = rng.choice(["", "Incorrect password, please try again", "Caps Lock is on"])
    if extra:
        sc.text(cx, cy + sc.px(70), extra, 13, fill=(255, 200, 200), anchor="mm")
    clock = V.time_str(rng)
    sc.text(sc.w - sc.px(16), sc.px(12), clock, 13, fill=(255, 255, 255), anchor="ra")
    facts = [{"t": "phrase", "text": "the user “%s”" % user, "fact": "user: " + user, "quote": user},
             {"t": "phrase", "text": "a password box", "fact": "password field"}]
    if extra:
        facts.append({"t": "message", "text": extra})
    return dict(kind="shell.login", app="", title="", noun="login screen", facts=facts, notable=["the login screen for %s" % user])


login_screen.no_background = True
login_screen.no_panel = True


def sticky_notes(sc, rng, area):
    app = rng.choice(["Sticky Notes", "Notes", "Xpad", "Knotes"])
    facts, heads = [], []
    for i in range(rng.randint(1, 4)):
        w, h = sc.px(rng.randint(200, 280)), sc.px(rng.randint(180, 260))
        x = rng.randint(area[0], max(area[0], area[2] - w))
        y = rng.randint(area[1], max(area[1], area[3] - h))
        col = rng.choice([(255, 240, 140), (190, 240, 170), (255, 200, 220), (180, 220, 255)])
        sc.begin_window([x, y, x + w, y + h], "Note", app, True, "app.notes")
        sc.rect([x, y, x + w, y + h], fill=col, outline=_mix(col, (0, 0, 0), 0.3))
        old = sc.theme
        sc.theme = dict(old, fg=(30, 30, 30))
        head = rng.choice(V.PHRASES)
        sc.text(x + sc.px(12), y + sc.px(10), head, 14, True, maxw=w - sc.px(20))
        yy = y + sc.px(38)
        for _ in range(rng.randint(1, 4)):
            yy = sc.wrap(x + sc.px(12), yy, "- " + V.sentence(rng), w - sc.px(24), 12, maxy=y + h - sc.px(6))
        sc.theme = old
        heads.append(head)
    for wn in sc.windows[:-1]:
        wn["focused"] = False
    facts = [{"t": "count", "n": len(heads), "what": "sticky notes"}, {"t": "items", "items": heads[:2], "what": "notes"}]
    return dict(kind="app.notes", app=app, title="", noun="sticky notes", facts=facts, notable=["%d sticky notes" % len(heads)])


def updater(sc, rng, area):
    app = rng.choice(["Software Updater", "Update Manager", "Windows Update", "Software Update"])
    W, H = sc.px(560), sc.px(420)
    x, y = (area[0] + area[2] - W) // 2, (area[1] + area[3] - H) // 2
    c = window(sc, [x, y, x + W, y + H], app, app, True, "dialog.updates")
    th = sc.theme
    pk = rng.sample(["firefox", "linux-image-6.1", "libreoffice-core", "openssl", "thunderbird", "python3.11", "vlc", "gimp",
                     "systemd", "mesa", "chromium", "curl", "git"], rng.randint(2, 7))
    head = "Updated software is available for this computer. Do you want to install it now?" if rng.random() < 0.6 \
        else "%d updates are ready to install" % len(pk)
    yy = sc.wrap(c[0] + sc.px(20), c[1] + sc.px(16), head, W - sc.px(40), 13, True) + sc.px(10)
    for p in pk:
        if yy + sc.px(28) > c[3] - sc.px(60):
            break
        checkbox(sc, c[0] + sc.px(24), yy, p, True, 12)
        sc.text(c[2] - sc.px(24), yy, "%.1f MB" % rng.uniform(0.1, 200), 12, fill=th["muted"], anchor="ra")
        yy += sc.px(28)
    labels = rng.choice([["Remind Me Later", "Install Now"], ["Cancel", "Install"], ["Settings…", "Install Now"]])
    buttons_right(sc, c[2] - sc.px(16), c[3] - sc.px(46), labels)
    return dict(kind="dialog.updates", app=app, title=app, noun="software update dialog", facts=[
        {"t": "message", "text": head}, {"t": "count", "n": len(pk), "what": "updates"}, {"t": "items", "items": pk[:2], "what": "packages"},
        {"t": "buttons", "items": labels}], notable=["%d software updates" % len(pk)])


def video_call(sc, rng, area):
    app = rng.choice(["Zoom", "Teams", "Jitsi Meet", "Google Meet", "Skype"])
    box = app_box(sc, rng, area, 0.7, 0.7)
    meet = rng.choice(["Weekly team meeting", "Project sync", "Interview", "Family call", "Daily stand-up", "Zoom Meeting"])
    c = window(sc, box, "%s - %s" % (meet, app) if app != "Zoom" else "Zoom Meeting", app, True, "app.video_call")
    sc.rect(c, fill=(26, 26, 26))
    n = rng.choice([2, 3, 4, 4, 6, 9])
    cols = 2 if n <= 4 else 3
    rows = (n + cols - 1) // cols
    bar = sc.px(64)
    gw, gh = (c[2] - c[0] - sc.px(16)) // cols, (c[3] - c[1] - bar - sc.px(16)) // rows
    names = [V.person(rng) for _ in range(n)]
    muted = []
    for i, nm in enumerate(names):
        x, y = c[0] + sc.px(8) + (i % cols) * gw, c[1] + sc.px(8) + (i // cols) * gh
        cam = rng.random() < 0.6
        sc.rect([x + 3, y + 3, x + gw - 3, y + gh - 3], fill=(rng.randint(40, 120), rng.randint(40, 120), rng.randint(40, 120)) if cam else (45, 45, 48), r=8)
        if cam:
            cx, cy = x + gw // 2, y + gh // 2
            r = min(gw, gh) // 5
            sc.d.ellipse([cx - r, cy - r * 1.6, cx + r, cy + r * 0.4], fill=(rng.randint(150, 230), rng.randint(110, 190), rng.randint(90, 160)))
            sc.d.ellipse([cx - r * 1.8, cy + r * 0.5, cx + r * 1.8, cy + r * 3], fill=(rng.randint(20, 200), rng.randint(20, 200), rng.randint(20, 200)))
        else:
            r = min(gw, gh) // 6
            sc.d.ellipse([x + gw // 2 - r, y + gh // 2 - r, x + gw // 2 + r, y + gh // 2 + r], fill=(90, 90, 160))
            sc.text(x + gw // 2, y + gh // 2, "".join(p[0] for p in nm.split()), max(10, r / sc.scale), True, fill=(255, 255, 255), anchor="mm")
        label = nm + (" (You)" if i == 0 and rng.random() < 0.5 else "")
        sc.rect([x + sc.px(10), y + gh - sc.px(34), x + sc.px(10) + sc.tw(label, 12) + sc.px(16), y + gh - sc.px(10)], fill=(0, 0, 0), r=4)
        sc.text(x + sc.px(18), y + gh - sc.px(22), label, 12, fill=(255, 255, 255), anchor="lm")
        if rng.random() < 0.3:
            muted.append(nm)
    by = c[3] - bar
    sc.rect([c[0], by, c[2], c[3]], fill=(38, 38, 40))
    old = sc.theme
    sc.theme = dict(old, fg=(240, 240, 240), button=(60, 60, 64), border=(80, 80, 84))
    labels = [rng.choice(["Mute", "Unmute"]), rng.choice(["Stop Video", "Start Video"]), "Share Screen", "Chat"]
    x = (c[0] + c[2]) // 2 - sc.px(250)
    for l in labels:
        b = button(sc, x, by + sc.px(14), l, False, None, 12)
        x = b[2] + sc.px(8)
    button(sc, c[2] - sc.px(100), by + sc.px(14), "Leave", False, sc.px(84), 12, destructive=True)
    sc.theme = old
    facts = [{"t": "count", "n": n, "what": "participants"}, {"t": "items", "items": names[:2], "what": "participants"},
             {"t": "buttons", "items": labels[:2] + ["Leave"]}]
    return dict(kind="app.video_call", app=app, title=sc.windows[-1]["title"], noun="video call", facts=facts,
                notable=["a video call with %d participants" % n])


TEMPLATES = {"app.video_call": video_call, "app.mail": mail_client, "office.presentation": presentation, "app.software": software_center,
             "app.video": video_player, "app.chat": chat_app, "shell.login": login_screen, "app.notes": sticky_notes,
             "dialog.updates": updater}
