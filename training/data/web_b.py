"""Web pages, part B: dashboard with a bar chart, settings, video, calendar, cookie banner, map, docs, news front page."""
import math

from . import vocab as V
from .browser import page
from .chrome import button, entry, checkbox, icon
from .web_a import header, bg, site_name, article, shop, search
from .scene import _mix


@page(lambda rng, host: ("%s - %s" % (rng.choice(["Dashboard", "Analytics", "Overview", "Sales report"]), site_name(host)), "/dashboard"))
def dashboard(sc, rng, c, host, ptitle):
    dark = rng.random() < 0.35
    base, fg, mut = ((24, 26, 31), (230, 230, 235), (150, 155, 165)) if dark else ((245, 247, 250), (30, 35, 45), (100, 110, 120))
    bg(sc, c, base)
    old = sc.theme
    sc.theme = dict(old, fg=fg, muted=mut)
    card = _mix(base, (255, 255, 255) if not dark else (80, 80, 90), 0.6)
    head = ptitle.split(" - ")[0]
    sc.text(c[0] + sc.px(24), c[1] + sc.px(18), head, 22, True)
    stats = rng.sample([("Revenue", V.money(rng, 1000, 99999)), ("Users", format(rng.randint(100, 99999), ",")),
                        ("Orders", str(rng.randint(10, 5000))), ("Conversion", "%.1f%%" % rng.uniform(0.5, 9)),
                        ("Visits", format(rng.randint(1000, 999999), ",")), ("Tickets", str(rng.randint(0, 300)))], 4)
    W = c[2] - c[0] - sc.px(48)
    cw = W // 4
    y = c[1] + sc.px(64)
    for i, (k, v) in enumerate(stats):
        x = c[0] + sc.px(24) + i * cw
        sc.rect([x, y, x + cw - sc.px(14), y + sc.px(84)], fill=card, r=8)
        sc.text(x + sc.px(14), y + sc.px(14), k, 12, fill=mut, maxw=cw - sc.px(30))
        sc.text(x + sc.px(14), y + sc.px(38), v, 22, True, maxw=cw - sc.px(30))
    y += sc.px(104)
    ch = min(sc.px(320), c[3] - y - sc.px(20))
    facts = [{"t": "heading", "text": head}, {"t": "items", "items": ["%s %s" % s for s in stats[:2]], "what": "stats"}]
    if ch > sc.px(120):
        sc.rect([c[0] + sc.px(24), y, c[2] - sc.px(24), y + ch], fill=card, r=8)
        ctitle = rng.choice(["Monthly sales", "Visitors per month", "Orders by month", "Revenue by region"])
        sc.text(c[0] + sc.px(40), y + sc.px(14), ctitle, 14, True)
        labs = V.MONTHS[:rng.randint(4, 12)] if "region" not in ctitle else rng.sample(V.CITIES, rng.randint(3, 7))
        vals = [rng.uniform(0.1, 1) for _ in labs]
        bx0, by1 = c[0] + sc.px(60), y + ch - sc.px(34)
        bw = (c[2] - c[0] - sc.px(120)) / len(labs)
        hmax = ch - sc.px(90)
        colr = sc.theme["ac"] if rng.random() < 0.5 else (rng.randint(30, 220), rng.randint(60, 200), rng.randint(120, 240))
        for i, (l, v) in enumerate(zip(labs, vals)):
            x = bx0 + i * bw
            sc.rect([x + bw * 0.2, by1 - hmax * v, x + bw * 0.8, by1], fill=colr)
            sc.text(x + bw / 2, by1 + sc.px(6), l[:3], 11, fill=mut, anchor="ma")
        top = labs[max(range(len(labs)), key=lambda i: vals[i])]
        facts += [{"t": "phrase", "text": "a bar chart “%s”" % ctitle, "fact": "bar chart: " + ctitle, "quote": ctitle},
                  {"t": "phrase", "text": "the highest bar for %s" % top[:3], "fact": "highest bar: " + top[:3]}]
    sc.theme = old
    return facts, ["a dashboard with a bar chart"], "dashboard page"


@page(lambda rng, host: ("%s settings" % rng.choice(["Account", "Privacy", "Notification", "Profile"]), "/settings"))
def settings(sc, rng, c, host, ptitle):
    bg(sc, c, (255, 255, 255))
    old = sc.theme
    sc.theme = dict(old, fg=(30, 30, 30), muted=(110, 110, 110), base=(255, 255, 255), border=(200, 200, 200), bg=(255, 255, 255))
    y = header(sc, rng, c, host, ["Home", "Help", "Sign out"])
    x = c[0] + sc.px(40)
    sc.text(x, y + sc.px(20), ptitle.capitalize(), 24, True)
    y += sc.px(74)
    opts = rng.sample(["Email notifications", "Two-factor authentication", "Dark mode", "Show online status",
                       "Weekly summary", "Auto-play videos", "Location access", "Newsletter", "Sync contacts",
                       "Public profile"], rng.randint(3, 6))
    on = []
    for o in opts:
        if y + sc.px(40) > c[3]:
            break
        st = rng.random() < 0.5
        checkbox(sc, x, y, o, st, 14, "switch")
        if st:
            on.append(o)
        y += sc.px(44)
    if y + sc.px(50) < c[3]:
        button(sc, x, y + sc.px(10), "Save changes", True)
    sc.theme = old
    facts = [{"t": "phrase", "text": "switches for %s" % ", ".join("“%s”" % o for o in opts[:3]), "fact": "options: " + ", ".join(opts)}]
    if on:
        facts.append({"t": "phrase", "text": "“%s” turned on" % on[0], "fact": "on: " + on[0], "quote": on[0]})
    return facts, ["a settings page with %d switches" % len(opts)], "settings page"


@page(lambda rng, host: ("%s - %s" % (rng.choice(["How to", "Top 10", "Live:", "Review:", "Learn"]) + " " + V.title_words(rng, 2),
                                     rng.choice(["VideoTube", "Vimeo", "PeerTube", "StreamIt"])), "/watch?v=%x" % rng.randrange(16 ** 8)))
def video(sc, rng, c, host, ptitle):
    bg(sc, c, rng.choice([(255, 255, 255), (15, 15, 15)]))
    dark = sc.img.getpixel((c[0] + 2, c[1] + 2))[0] < 100
    fg = (240, 240, 240) if dark else (15, 15, 15)
    W = min(c[2] - c[0] - sc.px(48), int((c[3] - c[1] - sc.px(140)) * 16 / 9))
    x, y = c[0] + sc.px(24), c[1] + sc.px(16)
    H = W * 9 // 16
    sc.rect([x, y, x + W, y + H], fill=(0, 0, 0))
    for k in range(6):
        col = (rng.randint(20, 200), rng.randint(20, 200), rng.randint(20, 200))
        r = rng.randint(10, max(11, H // 3))
        cx, cy = x + rng.randint(0, W), y + rng.randint(0, H)
        sc.d.ellipse([max(x, cx - r), max(y, cy - r), min(x + W, cx + r), min(y + H, cy + r)], fill=col)
    paused = rng.random() < 0.5
    if paused:
        sc.d.polygon([(x + W // 2 - sc.px(20), y + H // 2 - sc.px(26)), (x + W // 2 - sc.px(20), y + H // 2 + sc.px(26)),
                      (x + W // 2 + sc.px(26), y + H // 2)], fill=(255, 255, 255))
    frac = rng.random()
    sc.rect([x, y + H - sc.px(36), x + W, y + H], fill=(20, 20, 20))
    sc.rect([x + sc.px(10), y + H - sc.px(34), x + sc.px(10) + (W - sc.px(20)) * frac, y + H - sc.px(31)], fill=(255, 0, 0))
    tot = rng.randint(60, 3600)
    cur = int(tot * frac)
    ts = "%d:%02d / %d:%02d" % (cur // 60, cur % 60, tot // 60, tot % 60)
    sc.text(x + sc.px(16), y + H - sc.px(14), ts, 12, fill=(255, 255, 255), anchor="lm")
    vt = ptitle.rsplit(" - ", 1)[0]
    sc.text(x, y + H + sc.px(14), vt, 18, True, fill=fg, maxw=W)
    views = "%s views" % format(rng.randint(100, 9999999), ",")
    sc.text(x, y + H + sc.px(44), "%s · %s" % (V.person(rng), views), 13, fill=_mix((128, 128, 128), fg, 0.3), maxw=W)
    facts = [{"t": "heading", "text": vt}, {"t": "phrase", "text": "a video %s at %s" % ("paused" if paused else "playing", ts.split(" / ")[0]),
                                             "fact": "video time: " + ts, "quote": ts}]
    return facts, ["a video titled “%s”" % vt], "video page"


@page(lambda rng, host: ("%s %d - Calendar" % (rng.choice(V.MONTHS), rng.randint(2020, 2027)), "/calendar"))
def calendar(sc, rng, c, host, ptitle):
    bg(sc, c, (255, 255, 255))
    old = sc.theme
    sc.theme = dict(old, fg=(40, 40, 40), muted=(120, 120, 120))
    month = ptitle.split(" - ")[0]
    sc.text(c[0] + sc.px(24), c[1] + sc.px(16), month, 22, True)
    y0 = c[1] + sc.px(64)
    cw = (c[2] - c[0] - sc.px(48)) / 7
    rh = (c[3] - y0 - sc.px(40)) / 6
    for i, d in enumerate(V.DAYS):
        sc.text(c[0] + sc.px(24) + cw * i + sc.px(6), y0, d[:3], 12, True, fill=(120, 120, 120))
    start = rng.randrange(7)
    events = []
    for k in range(42):
        day = k - start + 1
        x, y = c[0] + sc.px(24) + cw * (k % 7), y0 + sc.px(22) + rh * (k // 7)
        sc.rect([x, y, x + cw, y + rh], outline=(225, 225, 225))
        if 1 <= day <= 30:
            sc.text(x + sc.px(6), y + sc.px(4), str(day), 12)
            if rng.random() < 0.18 and rh > sc.px(44):
                ev = rng.choice(["Meeting", "Dentist", "Lunch with " + rng.choice(V.FIRST), "Gym", "Deadline", "Birthday",
                                 "Call " + rng.choice(V.FIRST), "Team sync", "Flight to " + rng.choice(V.CITIES)])
                col = rng.choice([(66, 133, 244), (52, 168, 83), (234, 67, 53), (251, 188, 5)])
                sc.rect([x + sc.px(4), y + sc.px(22), x + cw - sc.px(4), y + sc.px(40)], fill=col, r=3)
                sc.text(x + sc.px(8), y + sc.px(31), ev, 11, fill=(255, 255, 255), anchor="lm", maxw=cw - sc.px(14))
                events.append(ev)
    sc.theme = old
    facts = [{"t": "heading", "text": month}, {"t": "count", "n": len(events), "what": "events"}]
    if events:
        facts.append({"t": "items", "items": events[:2], "what": "events"})
    return facts, ["a month calendar for %s" % month], "calendar page"


@page(lambda rng, host: (V.title_words(rng, 2) + " | " + site_name(host), "/"))
def cookie(sc, rng, c, host, ptitle):
    inner = rng.choice([article, shop, search])
    facts, notable, noun = inner(sc, rng, c, host, ptitle)
    h = sc.px(150)
    y = c[3] - h if rng.random() < 0.6 else (c[1] + c[3]) // 2 - h // 2
    x0, x1 = (c[0], c[2]) if y == c[3] - h else (c[0] + (c[2] - c[0]) // 6, c[2] - (c[2] - c[0]) // 6)
    sc.occlude([x0, y, x1, y + h])
    dark = rng.random() < 0.5
    sc.rect([x0, y, x1, y + h], fill=(33, 37, 41) if dark else (255, 255, 255), outline=(200, 200, 200))
    fg = (245, 245, 245) if dark else (33, 37, 41)
    old = sc.theme
    sc.theme = dict(old, fg=fg, button=(33, 37, 41) if dark else (255, 255, 255), border=(160, 160, 160))
    head = rng.choice(["We use cookies", "Your privacy matters", "Cookie settings", "This website uses cookies"])
    sc.text(x0 + sc.px(24), y + sc.px(16), head, 16, True)
    sc.wrap(x0 + sc.px(24), y + sc.px(44), "We use cookies to improve your experience and to show you relevant content. "
            "You can change your choice at any time.", x1 - x0 - sc.px(340), 13, maxy=y + h - sc.px(10))
    labels = rng.choice([["Reject all", "Accept all"], ["Manage", "Accept"], ["Decline", "Allow cookies"]])
    bx = x1 - sc.px(24)
    for l in reversed(labels):
        w = sc.tw(l, 13) + sc.px(30)
        button(sc, int(bx - w), y + sc.px(50), l, l == labels[-1], int(w))
        bx -= w + sc.px(10)
    sc.theme = old
    facts = [{"t": "heading", "text": head, "p": 0}, {"t": "buttons", "items": labels}] + facts[:2]
    return facts, ["a cookie consent banner over %s" % noun], "web page with a cookie banner"


@page(lambda rng, host: ("%s - Maps" % rng.choice(V.CITIES), "/maps/@%.4f,%.4f" % (rng.uniform(-60, 60), rng.uniform(-120, 120))))
def maps(sc, rng, c, host, ptitle):
    bg(sc, c, (233, 229, 220))
    city = ptitle.split(" - ")[0]
    for _ in range(rng.randint(2, 6)):
        x, y = rng.randint(c[0], c[2]), rng.randint(c[1], c[3])
        r = rng.randint(30, 200)
        sc.d.ellipse([x - r, y - r // 2, x + r, y + r // 2], fill=(170, 218, 255) if rng.random() < 0.5 else (200, 230, 190))
    roads = []
    for _ in range(rng.randint(6, 14)):
        w = rng.choice([3, 5, 9])
        if rng.random() < 0.5:
            y = rng.randint(c[1], c[3])
            sc.d.line([c[0], y, c[2], y + rng.randint(-80, 80)], fill=(255, 255, 255) if w < 9 else (255, 220, 130), width=sc.px(w))
        else:
            x = rng.randint(c[0], c[2])
            sc.d.line([x, c[1], x + rng.randint(-80, 80), c[3]], fill=(255, 255, 255) if w < 9 else (255, 220, 130), width=sc.px(w))
    for _ in range(rng.randint(2, 5)):
        x, y = rng.randint(c[0] + 40, c[2] - 40), rng.randint(c[1] + 80, c[3] - 20)
        nm = rng.choice(["%s Street", "%s Park", "%s Avenue", "%s Square"]) % rng.choice(V.LAST)
        sc.text(x, y, nm, 11, fill=(90, 90, 90), record=True)
        roads.append(nm)
    px, py = (c[0] + c[2]) // 2, (c[1] + c[3]) // 2
    sc.d.ellipse([px - sc.px(10), py - sc.px(30), px + sc.px(10), py - sc.px(10)], fill=(234, 67, 53))
    sc.d.polygon([(px - sc.px(9), py - sc.px(18)), (px + sc.px(9), py - sc.px(18)), (px, py)], fill=(234, 67, 53))
    old = sc.theme
    sc.theme = dict(old, fg=(30, 30, 30), base=(255, 255, 255), border=(200, 200, 200), muted=(120, 120, 120))
    sc.rect([c[0] + sc.px(14), c[1] + sc.px(14), c[0] + sc.px(400), c[1] + sc.px(56)], fill=(255, 255, 255), r=8)
    q = rng.choice(["%s, %s" % (rng.choice(V.LAST) + " Street", city), city, "restaurants near " + city])
    sc.text(c[0] + sc.px(28), c[1] + sc.px(35), q, 14, anchor="lm", maxw=sc.px(360))
    sc.theme = old
    facts = [{"t": "phrase", "text": "a map of %s" % city, "fact": "map: " + city},
             {"t": "phrase", "text": "a search box with “%s”" % q, "fact": "map search: " + q, "quote": q},
             {"t": "phrase", "text": "a red location pin", "fact": "pin"}]
    return facts, ["a map of %s with a pin" % city], "map page"


@page(lambda rng, host: ("%s — %s documentation" % (rng.choice(["Installation", "Getting started", "API reference", "Configuration"]),
                                                   site_name(host)), "/docs/"))
def docs(sc, rng, c, host, ptitle):
    bg(sc, c)
    old = sc.theme
    sc.theme = dict(old, fg=(33, 37, 41), muted=(100, 100, 100))
    side = sc.px(230)
    sc.rect([c[0], c[1], c[0] + side, c[3]], fill=(246, 248, 250))
    for i, s in enumerate(["Introduction", "Installation", "Getting started", "Configuration", "API reference", "FAQ", "Changelog"]):
        sc.text(c[0] + sc.px(20), c[1] + sc.px(20 + 30 * i), s, 13)
    x = c[0] + side + sc.px(32)
    head = ptitle.split(" — ")[0]
    sc.text(x, c[1] + sc.px(20), head, 26, True)
    y = sc.wrap(x, c[1] + sc.px(70), V.paragraph(rng, 2), c[2] - x - sc.px(30), 14, maxy=c[3]) + sc.px(10)
    pk = site_name(host).lower()
    cmd = rng.choice(["pip install %s", "npm install %s", "sudo apt install %s", "cargo add %s"]) % pk
    if y + sc.px(50) < c[3]:
        sc.rect([x, y, c[2] - sc.px(30), y + sc.px(44)], fill=(40, 44, 52), r=6)
        sc.text(x + sc.px(14), y + sc.px(22), "$ " + cmd, 13, cls="mono", fill=(230, 230, 230), anchor="lm")
        y += sc.px(60)
    sc.wrap(x, y, V.paragraph(rng, 3), c[2] - x - sc.px(30), 14, maxy=c[3])
    sc.theme = old
    return [{"t": "heading", "text": head}, {"t": "phrase", "text": "the command “%s”" % cmd, "fact": "command: " + cmd, "quote": cmd},
            {"t": "phrase", "text": "a navigation sidebar", "fact": "sidebar"}], ["documentation about %s" % head.lower()], "documentation page"


@page(lambda rng, host: ("%s - %s" % (site_name(host), rng.choice(["Latest news", "Breaking news", "Home"])), "/"))
def news(sc, rng, c, host, ptitle):
    bg(sc, c)
    y = header(sc, rng, c, host, rng.sample(V.TOPICS, 6), color=rng.choice([(180, 20, 30), (20, 20, 20), (0, 60, 130)]))
    old = sc.theme
    sc.theme = dict(old, fg=(20, 20, 20), muted=(100, 100, 100))
    heads = []
    x = c[0] + sc.px(24)
    W = c[2] - c[0] - sc.px(48)
    y += sc.px(20)
    h0 = V.sentence(rng).rstrip(".")
    from .web_a import _headline
    h0 = _headline(rng)
    sc.rect([x, y, x + W // 2, y + sc.px(200)], fill=(rng.randint(60, 200), rng.randint(60, 200), rng.randint(60, 200)))
    sc.wrap(x + W // 2 + sc.px(20), y, h0, W // 2 - sc.px(20), 24, True, cls="serif", lh=1.2)
    heads.append(h0)
    y += sc.px(224)
    for i in range(6):
        if y + sc.px(60) > c[3]:
            break
        h = _headline(rng)
        sc.text(x, y, rng.choice(V.TOPICS).upper(), 11, True, fill=(180, 20, 30))
        sc.text(x, y + sc.px(18), h, 17, True, cls="serif", maxw=W)
        heads.append(h)
        y += sc.px(60)
    sc.theme = old
    return [{"t": "count", "n": len(heads), "what": "headlines"}, {"t": "items", "items": heads[:2], "what": "headlines"}], \
        ["a news front page"], "news website"


PAGES = {"web.dashboard": dashboard, "web.settings": settings, "web.video": video, "web.calendar": calendar,
         "web.cookie": cookie, "web.map": maps, "web.docs": docs, "web.news": news}
