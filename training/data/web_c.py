"""Web pages, part C: sign-up form, encyclopedia article, admin data table, forum thread, shopping cart, weather."""
from . import vocab as V
from .browser import page
from .chrome import button, entry, checkbox, icon
from .web_a import header, bg, site_name
from .scene import _mix


def _light(sc):
    old = sc.theme
    sc.theme = dict(old, fg=(33, 37, 41), muted=(108, 117, 125), base=(255, 255, 255), border=(206, 212, 218), bg=(255, 255, 255),
                    button=(248, 249, 250))
    return old


@page(lambda rng, host: (rng.choice(["Create account", "Sign up", "Register", "Contact us"]) + " | " + site_name(host), "/signup"))
def form(sc, rng, c, host, ptitle):
    bg(sc, c, (248, 249, 250))
    old = _light(sc)
    y = header(sc, rng, c, host, ["Home", "Pricing", "About"])
    head = ptitle.split(" | ")[0]
    W = min(sc.px(460), c[2] - c[0] - sc.px(40))
    x = (c[0] + c[2]) // 2 - W // 2
    sc.text(x, y + sc.px(24), head, 24, True)
    y += sc.px(72)
    fields = ["Full name", "Email", "Password", "Confirm password"] if head != "Contact us" else ["Name", "Email", "Subject", "Message"]
    filled = rng.randint(0, len(fields))
    err = None
    for i, fl in enumerate(fields):
        if y + sc.px(64) > c[3]:
            break
        sc.text(x, y, fl, 13, True)
        val = ""
        if i < filled:
            val = {"Full name": V.person(rng), "Name": V.person(rng), "Email": V.email_addr(rng), "Subject": V.subject(rng)}.get(fl, "x" * 9)
        entry(sc, x, y + sc.px(20), W, val, None, password="assword" in fl, label=fl)
        y += sc.px(64)
        if i == filled and err is None and rng.random() < 0.4:
            err = rng.choice(["This field is required", "Please enter a valid email address", "Passwords do not match"])
            sc.text(x, y - sc.px(6), err, 12, fill=(220, 53, 69))
            y += sc.px(14)
    if y + sc.px(80) < c[3]:
        checkbox(sc, x, y, "I agree to the Terms of Service", rng.random() < 0.5)
        y += sc.px(34)
    bl = "Submit" if head == "Contact us" else rng.choice(["Create account", "Sign up", "Register"])
    if y + sc.px(40) < c[3]:
        button(sc, x, y, bl, True, W)
    sc.theme = old
    facts = [{"t": "heading", "text": head}, {"t": "fields", "items": fields[:3]}, {"t": "buttons", "items": [bl]}]
    if err:
        facts.insert(1, {"t": "message", "text": err})
    return facts, ["a %s form" % head.lower()], "web form"


@page(lambda rng, host: ("%s - %s" % (rng.choice(V.CITIES + [p.split()[0] for p in V.PRODUCTS[:20]]), rng.choice(["Wikipedia", "Encyclopedia", "Wiki"])), "/wiki/"))
def wiki(sc, rng, c, host, ptitle):
    bg(sc, c)
    old = _light(sc)
    subj = ptitle.split(" - ")[0]
    side = sc.px(170) if c[2] - c[0] > sc.px(900) else 0
    for i, s in enumerate(["Main page", "Contents", "Current events", "Random article", "About", "Help"]):
        if side:
            sc.text(c[0] + sc.px(16), c[1] + sc.px(110 + 26 * i), s, 12, fill=(51, 102, 204))
    x = c[0] + side + sc.px(24)
    W = c[2] - x - sc.px(24)
    sc.text(x, c[1] + sc.px(20), subj, 30, cls="serif")
    sc.d.line([x, c[1] + sc.px(62), c[2] - sc.px(24), c[1] + sc.px(62)], fill=(162, 169, 177))
    sc.text(x, c[1] + sc.px(70), "From %s, the free encyclopedia" % ptitle.split(" - ")[1], 12, fill=(84, 89, 93))
    ib = sc.px(240) if W > sc.px(700) else 0
    if ib:
        bx = c[2] - sc.px(24) - ib
        sc.rect([bx, c[1] + sc.px(100), c[2] - sc.px(24), c[1] + sc.px(420)], fill=(248, 249, 250), outline=(162, 169, 177))
        sc.text(bx + ib // 2, c[1] + sc.px(110), subj, 14, True, anchor="ma", maxw=ib - sc.px(10))
        sc.rect([bx + sc.px(20), c[1] + sc.px(140), bx + ib - sc.px(20), c[1] + sc.px(300)],
                fill=(rng.randint(80, 200), rng.randint(80, 200), rng.randint(80, 200)))
        for i, (k, v) in enumerate([("Country", rng.choice(V.CITIES)), ("Founded", str(rng.randint(800, 1990))),
                                    ("Population", format(rng.randint(1000, 9000000), ","))]):
            sc.text(bx + sc.px(10), c[1] + sc.px(316 + 26 * i), k, 11, True)
            sc.text(bx + sc.px(100), c[1] + sc.px(316 + 26 * i), v, 11, maxw=ib - sc.px(110))
    y = c[1] + sc.px(104)
    first = "%s is a %s %s known for its %s." % (subj, rng.choice(["large", "small", "famous", "historic"]),
                                                rng.choice(["city", "place", "product", "topic"]), rng.choice(V.NOUNS))
    y = sc.wrap(x, y, first + " " + V.paragraph(rng, 3), W - ib - sc.px(20), 14, lh=1.6, maxy=c[3]) + sc.px(12)
    if y + sc.px(60) < c[3]:
        sc.text(x, y, rng.choice(["History", "Geography", "Design", "Economy", "Culture"]), 20, cls="serif")
        sc.wrap(x, y + sc.px(36), V.paragraph(rng, 4), W - ib - sc.px(20), 14, lh=1.6, maxy=c[3])
    sc.theme = old
    return [{"t": "heading", "text": subj}, {"t": "message", "text": first}], ["an encyclopedia article about %s" % subj], "encyclopedia article"


@page(lambda rng, host: ("%s - Admin" % rng.choice(["Users", "Orders", "Customers", "Invoices"]), "/admin/"))
def table(sc, rng, c, host, ptitle):
    dark = rng.random() < 0.3
    bg(sc, c, (33, 37, 41) if dark else (255, 255, 255))
    old = sc.theme
    fg = (230, 230, 230) if dark else (33, 37, 41)
    sc.theme = dict(old, fg=fg, muted=(150, 150, 150), base=(44, 48, 52) if dark else (255, 255, 255), border=(90, 90, 90) if dark else (220, 220, 220))
    what = ptitle.split(" - ")[0]
    sc.text(c[0] + sc.px(24), c[1] + sc.px(18), what, 22, True)
    entry(sc, c[2] - sc.px(280), c[1] + sc.px(14), sc.px(256), "", "Search %s" % what.lower(), label="search")
    cols = {"Users": ["Name", "Email", "Role", "Status"], "Orders": ["Order", "Customer", "Total", "Status"],
            "Customers": ["Name", "City", "Orders", "Since"], "Invoices": ["Invoice", "Client", "Amount", "Due"]}[what]
    W = c[2] - c[0] - sc.px(48)
    y = c[1] + sc.px(70)
    for j, cl in enumerate(cols):
        sc.text(c[0] + sc.px(24) + W * j / len(cols), y, cl, 13, True)
    y += sc.px(30)
    n = 0
    first = None
    while y + sc.px(34) < c[3] - sc.px(40):
        p = V.person(rng)
        row = {"Users": [p, V.email_addr(rng, p), rng.choice(["Admin", "Editor", "Viewer"]), rng.choice(["Active", "Invited", "Disabled"])],
               "Orders": ["#%d" % rng.randint(1000, 99999), p, V.money(rng, 5, 900), rng.choice(["Paid", "Shipped", "Pending", "Refunded"])],
               "Customers": [p, rng.choice(V.CITIES), str(rng.randint(1, 80)), V.date_str(rng)],
               "Invoices": ["INV-%04d" % rng.randint(1, 9999), rng.choice(V.COMPANIES), V.money(rng, 50, 9000), V.date_str(rng)]}[what]
        sc.d.line([c[0] + sc.px(24), y - sc.px(6), c[2] - sc.px(24), y - sc.px(6)], fill=sc.theme["border"])
        for j, v in enumerate(row):
            sc.text(c[0] + sc.px(24) + W * j / len(cols), y, v, 13, maxw=W / len(cols) - sc.px(10))
        first = first or row[0]
        y += sc.px(34)
        n += 1
    sc.text(c[0] + sc.px(24), c[3] - sc.px(28), "Showing 1 to %d of %d entries" % (n, n + rng.randint(0, 300)), 12, fill=sc.theme["muted"])
    sc.theme = old
    return [{"t": "heading", "text": what}, {"t": "count", "n": n, "what": "rows"}, {"t": "phrase", "text": "columns %s" % ", ".join("“%s”" % x for x in cols[:3]),
                                                                                 "fact": "columns: " + ", ".join(cols)}], \
        ["a table of %d %s" % (n, what.lower())], "admin table page"


@page(lambda rng, host: (rng.choice(["How do I %s my %s?", "Problem with %s after %s update", "Best way to %s a %s?"]) % (
    rng.choice(V.VERBS), rng.choice(V.NOUNS)), "/t/%d" % rng.randint(100, 99999)))
def forum(sc, rng, c, host, ptitle):
    bg(sc, c, (246, 247, 248))
    old = _light(sc)
    y = header(sc, rng, c, host, ["Latest", "Categories", "Log in"])
    x = c[0] + sc.px(40)
    W = min(sc.px(820), c[2] - x - sc.px(40))
    y = sc.wrap(x, y + sc.px(20), ptitle, W, 22, True) + sc.px(16)
    n = 0
    op = None
    while y + sc.px(110) < c[3]:
        who = rng.choice(V.FIRST).lower() + str(rng.randint(1, 99))
        op = op or who
        sc.rect([x, y, x + W, y + sc.px(100)], fill=(255, 255, 255), outline=(225, 225, 225), r=6)
        sc.d.ellipse([x + sc.px(12), y + sc.px(12), x + sc.px(44), y + sc.px(44)], fill=(rng.randint(60, 220), 120, rng.randint(60, 220)))
        sc.text(x + sc.px(56), y + sc.px(14), who, 13, True)
        sc.text(x + W - sc.px(14), y + sc.px(14), "%d %s ago" % (rng.randint(1, 23), rng.choice(["hours", "days", "min"])), 12,
                fill=(120, 120, 120), anchor="ra")
        sc.wrap(x + sc.px(56), y + sc.px(40), V.paragraph(rng, 2), W - sc.px(80), 13, maxy=y + sc.px(96))
        y += sc.px(112)
        n += 1
    sc.theme = old
    return [{"t": "heading", "text": ptitle}, {"t": "count", "n": n, "what": "posts"}] + \
        ([{"t": "phrase", "text": "a first post by %s" % op, "fact": "author: " + op, "quote": op}] if op else []), \
        ["a forum thread asking “%s”" % ptitle], "forum thread"


@page(lambda rng, host: ("Shopping cart | " + site_name(host), "/cart"))
def cart(sc, rng, c, host, ptitle):
    bg(sc, c)
    old = _light(sc)
    y = header(sc, rng, c, host, ["Shop", "Account", "Help"])
    x = c[0] + sc.px(40)
    W = c[2] - x - sc.px(40)
    sc.text(x, y + sc.px(20), "Your cart", 24, True)
    y += sc.px(70)
    items = rng.sample(V.PRODUCTS, rng.randint(1, 5))
    total = 0.0
    for it in items:
        if y + sc.px(80) > c[3] - sc.px(110):
            break
        q = rng.randint(1, 3)
        pr = round(rng.uniform(3, 250), 2)
        total += q * pr
        sc.rect([x, y, x + sc.px(64), y + sc.px(64)], fill=(rng.randint(150, 240), rng.randint(150, 240), rng.randint(150, 240)), r=6)
        sc.text(x + sc.px(80), y + sc.px(8), it, 15, True, maxw=W * 0.5)
        sc.text(x + sc.px(80), y + sc.px(34), "Qty %d" % q, 13, fill=(108, 117, 125))
        sc.text(x + W, y + sc.px(8), "$%.2f" % (q * pr), 15, anchor="ra")
        y += sc.px(80)
    tt = "$%.2f" % total
    sc.d.line([x, y, x + W, y], fill=(220, 220, 220))
    sc.text(x, y + sc.px(16), "Total", 18, True)
    sc.text(x + W, y + sc.px(16), tt, 18, True, anchor="ra")
    button(sc, x + W - sc.px(200), y + sc.px(56), "Checkout", True, sc.px(200), 14)
    sc.theme = old
    return [{"t": "heading", "text": "Your cart"}, {"t": "phrase", "text": "a total of %s" % tt, "fact": "total: " + tt, "quote": tt},
            {"t": "items", "items": items[:2], "what": "products"}, {"t": "buttons", "items": ["Checkout"]}], \
        ["a shopping cart totalling %s" % tt], "shopping cart page"


@page(lambda rng, host: ("Weather in %s" % rng.choice(V.CITIES), "/forecast"))
def weather(sc, rng, c, host, ptitle):
    top = rng.choice([(70, 130, 200), (40, 60, 110), (120, 150, 170)])
    bg(sc, c, top)
    old = sc.theme
    sc.theme = dict(old, fg=(255, 255, 255), muted=(220, 230, 240))
    city = ptitle.replace("Weather in ", "")
    t = rng.randint(-10, 35)
    cond = rng.choice(["Sunny", "Cloudy", "Light rain", "Snow", "Partly cloudy", "Thunderstorms", "Fog"])
    x = c[0] + sc.px(40)
    sc.text(x, c[1] + sc.px(30), city, 28, True)
    sc.text(x, c[1] + sc.px(80), "%d°C" % t, 64, True)
    sc.text(x, c[1] + sc.px(170), cond, 20)
    y = c[1] + sc.px(230)
    cw = (c[2] - c[0] - sc.px(80)) // 7
    for i, d in enumerate(V.DAYS):
        xx = x + i * cw
        sc.rect([xx, y, xx + cw - sc.px(10), y + sc.px(120)], fill=_mix(top, (255, 255, 255), 0.15), r=8)
        sc.text(xx + cw // 2 - sc.px(5), y + sc.px(14), d[:3], 14, True, anchor="ma")
        sc.text(xx + cw // 2 - sc.px(5), y + sc.px(70), "%d°" % (t + rng.randint(-5, 5)), 18, anchor="ma")
    sc.theme = old
    return [{"t": "heading", "text": city}, {"t": "phrase", "text": "%d°C and %s" % (t, cond.lower()), "fact": "weather: %d°C %s" % (t, cond),
                                             "quote": "%d°C" % t}, {"t": "phrase", "text": "a 7-day forecast", "fact": "forecast"}], \
        ["the weather in %s" % city], "weather page"


@page(lambda rng, host: ("%s/%s: %s" % (rng.choice(V.FIRST).lower(), rng.choice(V.NOUNS) + "-" + rng.choice(["app", "tools", "lib", "cli"]),
                                          rng.choice(["A small library for %ss", "Tools to manage %ss", "Fast %s parser"]) % rng.choice(V.NOUNS)),
                         "/"))
def repo(sc, rng, c, host, ptitle):
    dark = rng.random() < 0.4
    base, fg, mut = ((13, 17, 23), (230, 237, 243), (125, 133, 144)) if dark else ((255, 255, 255), (31, 35, 40), (101, 109, 118))
    bg(sc, c, base)
    old = sc.theme
    sc.theme = dict(old, fg=fg, muted=mut, base=base, border=(48, 54, 61) if dark else (208, 215, 222), button=base)
    name = ptitle.split(":")[0]
    sc.text(c[0] + sc.px(32), c[1] + sc.px(20), name, 18, True, fill=(47, 129, 247) if dark else (9, 105, 218))
    tabs = ["Code", "Issues %d" % rng.randint(0, 90), "Pull requests %d" % rng.randint(0, 30), "Actions", "Wiki", "Settings"]
    x = c[0] + sc.px(32)
    for t in tabs:
        b = sc.text(x, c[1] + sc.px(56), t, 13)
        x = b[2] + sc.px(22)
    y = c[1] + sc.px(96)
    W = c[2] - c[0] - sc.px(64)
    branch = rng.choice(["main", "master", "develop"])
    button(sc, c[0] + sc.px(32), y, branch, False, None, 12)
    y += sc.px(44)
    files = sorted({rng.choice([".github", "src", "docs", "tests", "examples", "scripts"]) for _ in range(4)}) + \
        ["README.md", "LICENSE", rng.choice(["setup.py", "package.json", "Cargo.toml", "pom.xml"])]
    sc.rect([c[0] + sc.px(32), y, c[0] + sc.px(32) + W, y + sc.px(36) * (len(files) + 1)], outline=sc.theme["border"], r=6)
    commit = "%s %s" % (rng.choice(["Fix", "Add", "Update", "Remove"]), rng.choice(V.NOUNS))
    sc.text(c[0] + sc.px(44), y + sc.px(10), "%s  %s" % (rng.choice(V.FIRST).lower(), commit), 12, maxw=W * 0.7)
    yy = y + sc.px(36)
    for f in files:
        icon(sc, c[0] + sc.px(52), yy + sc.px(18), sc.px(16), "folder" if "." not in f or f == ".github" else "document")
        sc.text(c[0] + sc.px(68), yy + sc.px(10), f, 13)
        sc.text(c[0] + sc.px(32) + W * 0.45, yy + sc.px(10), "%s %s" % (rng.choice(["Fix", "Add", "Update"]), rng.choice(V.NOUNS)), 12,
                fill=mut, maxw=W * 0.35)
        yy += sc.px(36)
    desc = ptitle.split(": ", 1)[1]
    if yy + sc.px(80) < c[3]:
        sc.text(c[0] + sc.px(32), yy + sc.px(24), name.split("/")[1], 22, True)
        sc.wrap(c[0] + sc.px(32), yy + sc.px(64), desc + ". " + V.paragraph(rng, 2), W, 14, maxy=c[3])
    sc.theme = old
    return [{"t": "phrase", "text": "the repository “%s”" % name, "fact": "repo: " + name, "quote": name},
            {"t": "items", "items": files[-3:-1], "what": "files"}, {"t": "phrase", "text": "the branch “%s”" % branch, "fact": "branch: " + branch,
                                                                      "quote": branch}], ["a code repository page"], "code repository page"


@page(lambda rng, host: (rng.choice(["Home", "Trending", "Subscriptions", "Recommended"]) + " - " + rng.choice(["VideoTube", "PeerTube", "StreamIt"]), "/"))
def video_grid(sc, rng, c, host, ptitle):
    dark = rng.random() < 0.5
    base, fg, mut = ((15, 15, 15), (241, 241, 241), (170, 170, 170)) if dark else ((255, 255, 255), (15, 15, 15), (96, 96, 96))
    bg(sc, c, base)
    old = sc.theme
    sc.theme = dict(old, fg=fg, muted=mut, base=base, border=(80, 80, 80) if dark else (200, 200, 200))
    site = ptitle.split(" - ")[1]
    sc.text(c[0] + sc.px(24), c[1] + sc.px(16), site, 18, True, fill=(230, 30, 30))
    entry(sc, (c[0] + c[2]) // 2 - sc.px(220), c[1] + sc.px(10), sc.px(440), "", "Search", label="Search")
    cols = max(1, (c[2] - c[0] - sc.px(40)) // sc.px(300))
    cw = (c[2] - c[0] - sc.px(40)) // cols
    titles = []
    for i in range(12):
        x, y = c[0] + sc.px(20) + (i % cols) * cw, c[1] + sc.px(64) + (i // cols) * sc.px(250)
        th = int((cw - sc.px(16)) * 9 / 16)
        if y + th + sc.px(70) > c[3]:
            break
        sc.rect([x, y, x + cw - sc.px(16), y + th], fill=(rng.randint(30, 220), rng.randint(30, 220), rng.randint(30, 220)), r=10)
        dur = "%d:%02d" % (rng.randint(0, 59), rng.randint(0, 59))
        sc.rect([x + cw - sc.px(64), y + th - sc.px(26), x + cw - sc.px(22), y + th - sc.px(6)], fill=(0, 0, 0), r=3)
        sc.text(x + cw - sc.px(43), y + th - sc.px(16), dur, 11, fill=(255, 255, 255), anchor="mm")
        t = rng.choice(["How to", "Top 10", "Review:", "Learn", "Live:", "Best of"]) + " " + V.title_words(rng, 2)
        sc.text(x, y + th + sc.px(10), t, 14, True, maxw=cw - sc.px(20))
        sc.text(x, y + th + sc.px(32), "%s · %s views" % (V.person(rng), format(rng.randint(100, 9000000), ",")), 12, fill=mut, maxw=cw - sc.px(20))
        titles.append(t)
    sc.theme = old
    return [{"t": "count", "n": len(titles), "what": "videos"}, {"t": "items", "items": titles[:2], "what": "videos"}], \
        ["a grid of %d video thumbnails" % len(titles)], "video website"


PAGES = {"web.repo": repo, "web.video_grid": video_grid, "web.form": form, "web.wiki": wiki, "web.table": table, "web.forum": forum, "web.cart": cart, "web.weather": weather}
