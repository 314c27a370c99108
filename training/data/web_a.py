"""Web pages, part A: login, search results, article, shop, mail inbox, chat, 404, no connection."""
from . import vocab as V
from .browser import page
from .chrome import button, entry, icon, checkbox
from .scene import _mix


def site_name(host):
    return host.split(".")[0].capitalize()


def header(sc, rng, c, host, links=None, color=None):
    """A site header bar with the site name and nav links; returns y below it."""
    h = sc.px(56)
    col = color or rng.choice([(255, 255, 255), (33, 37, 41), (13, 110, 253), (25, 135, 84), (111, 66, 193), (248, 249, 250)])
    sc.rect([c[0], c[1], c[2], c[1] + h], fill=col)
    fg = (255, 255, 255) if sum(col) < 400 else (33, 37, 41)
    sc.text(c[0] + sc.px(24), c[1] + h // 2, site_name(host), 20, True, fill=fg, anchor="lm")
    if links:
        x = c[2] - sc.px(24)
        for l in reversed(links):
            b = sc.text(x, c[1] + h // 2, l, 14, fill=fg, anchor="rm")
            sc.control("link", l, b)
            x = b[0] - sc.px(22)
            if x < c[0] + sc.px(260):
                break
    return c[1] + h


def bg(sc, c, color=(255, 255, 255)):
    sc.rect(c, fill=color)


@page(lambda rng, host: (rng.choice(["Sign in", "Log in", "Login"]) + " - " + site_name(host), "/login"))
def login(sc, rng, c, host, ptitle):
    bgc = rng.choice([(245, 246, 248), (255, 255, 255), (233, 236, 239), (30, 32, 36)])
    bg(sc, c, bgc)
    W = min(sc.px(380), c[2] - c[0] - sc.px(40))
    x = (c[0] + c[2]) // 2 - W // 2
    y = c[1] + sc.px(40)
    cardc = (255, 255, 255) if sum(bgc) > 300 else (45, 48, 54)
    fg = (33, 37, 41) if sum(cardc) > 400 else (240, 240, 240)
    sc.rect([x - sc.px(24), y - sc.px(20), x + W + sc.px(24), y + sc.px(390)], fill=cardc, outline=(220, 220, 220), r=8)
    old = sc.theme
    sc.theme = dict(old, fg=fg, base=cardc, bg=cardc, button=cardc, muted=(108, 117, 125))
    sc.text(x + W // 2, y, site_name(host), 24, True, anchor="ma")
    head = rng.choice(["Sign in to your account", "Welcome back", "Log in", "Sign in"])
    sc.text(x + W // 2, y + sc.px(40), head, 16, anchor="ma")
    y += sc.px(84)
    lab = rng.choice(["Email", "Email address", "Username"])
    sc.text(x, y, lab, 13)
    em = V.email_addr(rng) if rng.random() < 0.5 else ""
    entry(sc, x, y + sc.px(20), W, em, "name@example.com" if rng.random() < 0.5 else None, label=lab)
    y += sc.px(66)
    sc.text(x, y, "Password", 13)
    entry(sc, x, y + sc.px(20), W, "x" * rng.randint(0, 10), None, password=True, label="Password")
    y += sc.px(70)
    checkbox(sc, x, y, "Remember me", rng.random() < 0.5)
    y += sc.px(34)
    bl = rng.choice(["Sign in", "Log in", "Continue"])
    button(sc, x, y, bl, True, W, 14)
    y += sc.px(50)
    fg2 = sc.text(x + W // 2, y, rng.choice(["Forgot password?", "Forgot your password?"]), 13, fill=sc.theme["ac"], anchor="ma")
    sc.theme = old
    facts = [{"t": "heading", "text": head}, {"t": "fields", "items": [lab, "Password"]}, {"t": "buttons", "items": [bl]}]
    return facts, ["a sign-in form for %s" % site_name(host)], "login page"


@page(lambda rng, host: ("%s - Search" % rng.choice([V.title_words(rng, 2).lower(), rng.choice(V.PRODUCTS).lower(),
                                                    "weather " + rng.choice(V.CITIES).lower()]), "/search?q=..."))
def search(sc, rng, c, host, ptitle):
    bg(sc, c)
    qtext = ptitle.rsplit(" - ", 1)[0]
    eng = rng.choice(["Searchly", "DuckDuckGo", "Qwant", "Startpage", "Ecosia", "Findit"])
    sc.text(c[0] + sc.px(24), c[1] + sc.px(22), eng, 22, True, fill=(66, 133, 244))
    sc.theme, old = dict(sc.theme, fg=(32, 33, 36), base=(255, 255, 255), border=(220, 220, 220)), sc.theme
    entry(sc, c[0] + sc.px(180), c[1] + sc.px(14), min(sc.px(560), c[2] - c[0] - sc.px(220)), qtext, label="Search")
    y = c[1] + sc.px(80)
    n = rng.randint(3, 7)
    res = []
    x = c[0] + sc.px(180) if c[2] - c[0] > sc.px(900) else c[0] + sc.px(24)
    maxw = min(sc.px(640), c[2] - x - sc.px(20))
    sc.text(x, y - sc.px(16), "About %s results" % format(rng.randint(1000, 90000000), ","), 12, fill=(112, 117, 122))
    y += sc.px(12)
    for i in range(n):
        if y + sc.px(90) > c[3]:
            break
        h = V.host(rng)
        t = "%s %s" % (qtext.capitalize(), rng.choice(["- Wikipedia", "| Guide", "- Reviews", "news", "- Forum", "tips"]))
        sc.text(x, y, "https://www.%s › %s" % (h, rng.choice(V.NOUNS)), 12, fill=(32, 33, 36), maxw=maxw)
        sc.text(x, y + sc.px(20), t, 18, fill=(26, 13, 171), maxw=maxw)
        y = sc.wrap(x, y + sc.px(48), V.paragraph(rng, 2), maxw, 13, fill=(77, 81, 86), maxy=y + sc.px(100)) + sc.px(18)
        res.append(t)
    sc.theme = old
    facts = [{"t": "phrase", "text": "a search for “%s”" % qtext, "fact": "query: " + qtext, "quote": qtext},
             {"t": "count", "n": len(res), "what": "results"}, {"t": "items", "items": res[:2], "what": "results"}]
    return facts, ["search results for “%s”" % qtext], "search results page"


def _headline(rng):
    return rng.choice(["%s opens new %s in %s", "%s announces plans for %s in %s", "Heavy rain hits %s as %s %s",
                       "%s team wins %s final in %s", "New study on %s surprises %s experts in %s"]) % (
        rng.choice(V.CITIES + V.COMPANIES), rng.choice(V.NOUNS), rng.choice(V.CITIES)) if True else ""


@page(lambda rng, host: (_headline(rng), "/news/%d/%s" % (rng.randint(2020, 2027), rng.choice(V.NOUNS))))
def article(sc, rng, c, host, ptitle):
    bg(sc, c, rng.choice([(255, 255, 255), (252, 250, 245)]))
    y = header(sc, rng, c, host, rng.sample(V.TOPICS, 5))
    x = c[0] + max(sc.px(24), (c[2] - c[0] - sc.px(720)) // 2)
    maxw = min(sc.px(720), c[2] - x - sc.px(24))
    old = sc.theme
    sc.theme = dict(old, fg=(20, 20, 20))
    topic = rng.choice(V.TOPICS)
    sc.text(x, y + sc.px(20), topic.upper(), 12, True, fill=(200, 30, 40))
    y = sc.wrap(x, y + sc.px(44), ptitle, maxw, 28, True, cls="serif", lh=1.25)
    by = "By %s · %s" % (V.person(rng), V.date_str(rng))
    sc.text(x, y + sc.px(10), by, 13, fill=(100, 100, 100))
    y += sc.px(44)
    if rng.random() < 0.5:
        ih = sc.px(rng.randint(140, 260))
        sc.rect([x, y, x + maxw, y + ih], fill=(rng.randint(90, 200), rng.randint(90, 200), rng.randint(90, 200)))
        y += ih + sc.px(16)
    for _ in range(4):
        if y > c[3] - sc.px(40):
            break
        y = sc.wrap(x, y, V.paragraph(rng, 3), maxw, 15, cls="serif", lh=1.6, maxy=c[3]) + sc.px(12)
    sc.theme = old
    facts = [{"t": "heading", "text": ptitle}, {"t": "phrase", "text": "a byline “%s”" % by.split(" · ")[0],
                                                 "fact": "author: " + by.split(" · ")[0][3:], "quote": by.split(" · ")[0]},
             {"t": "phrase", "text": "the section “%s”" % topic.upper(), "fact": "section: " + topic, "quote": topic.upper()}]
    return facts, ["a news article headlined “%s”" % ptitle], "news article"


@page(lambda rng, host: ("%s | %s" % (rng.choice(["Shop", "Deals", "New arrivals", "Home & Office", "Electronics"]),
                                     site_name(host)), "/shop"))
def shop(sc, rng, c, host, ptitle):
    bg(sc, c)
    y = header(sc, rng, c, host, ["Deals", "Categories", "Account", "Cart (%d)" % rng.randint(0, 5)])
    old = sc.theme
    sc.theme = dict(old, fg=(33, 37, 41), muted=(108, 117, 125))
    cat = ptitle.split(" | ")[0]
    sc.text(c[0] + sc.px(24), y + sc.px(16), cat, 22, True)
    y += sc.px(60)
    cw, ch = sc.px(210), sc.px(270)
    cols = max(1, (c[2] - c[0] - sc.px(24)) // cw)
    prods = rng.sample(V.PRODUCTS, 12)
    shown = []
    for i, p in enumerate(prods):
        x0, y0 = c[0] + sc.px(24) + (i % cols) * cw, y + (i // cols) * ch
        if y0 + ch > c[3] + sc.px(60):
            break
        col = (rng.randint(150, 240), rng.randint(150, 240), rng.randint(150, 240))
        sc.rect([x0, y0, x0 + cw - sc.px(16), y0 + sc.px(150)], fill=col, r=6)
        if y0 + sc.px(230) > c[3]:
            break
        sc.text(x0, y0 + sc.px(160), p, 14, maxw=cw - sc.px(20))
        pr = V.money(rng, 5, 300)
        sc.text(x0, y0 + sc.px(182), pr, 16, True)
        if y0 + sc.px(250) < c[3]:
            button(sc, x0, y0 + sc.px(210), "Add to cart", True, None, 12)
        shown.append((p, pr))
    sc.theme = old
    facts = [{"t": "count", "n": len(shown), "what": "products"}, {"t": "items", "items": [p for p, _ in shown[:3]], "what": "products"}]
    if shown:
        facts.append({"t": "phrase", "text": "“%s” for %s" % shown[0], "fact": "price: %s %s" % shown[0], "quote": shown[0][1]})
    return facts, ["an online shop listing %d products" % len(shown)], "online shop page"


@page(lambda rng, host: ("Inbox (%d) - %s" % (rng.randint(1, 250), V.email_addr(rng)), "/mail/u/0/#inbox"))
def mail(sc, rng, c, host, ptitle):
    dark = rng.random() < 0.3
    base, fg, mut = ((32, 33, 36), (232, 234, 237), (154, 160, 166)) if dark else ((255, 255, 255), (32, 33, 36), (95, 99, 104))
    bg(sc, c, base)
    old = sc.theme
    sc.theme = dict(old, fg=fg, muted=mut, base=base)
    side = sc.px(200)
    button(sc, c[0] + sc.px(16), c[1] + sc.px(14), "Compose", True, sc.px(140), 14)
    unread = ptitle.split("(")[1].split(")")[0]
    for i, f in enumerate(["Inbox", "Starred", "Sent", "Drafts", "Spam", "Trash"]):
        yy = c[1] + sc.px(74 + 32 * i)
        sc.text(c[0] + sc.px(28), yy, f, 14, i == 0)
        if i == 0:
            sc.text(c[0] + side - sc.px(12), yy, unread, 12, True, anchor="ra")
    x0 = c[0] + side
    y = c[1] + sc.px(14)
    entry(sc, x0, y, min(sc.px(500), c[2] - x0 - sc.px(20)), "", "Search mail", label="Search mail")
    y += sc.px(50)
    rh = sc.px(38)
    msgs = []
    while y + rh < c[3]:
        who = V.person(rng) if rng.random() < 0.7 else rng.choice(V.COMPANIES)
        subj = V.subject(rng)
        bold = rng.random() < 0.35
        sc.d.line([x0, y + rh, c[2], y + rh], fill=_mix(base, fg, 0.12))
        sc.text(x0 + sc.px(10), y + rh // 2, who, 13, bold, anchor="lm", maxw=sc.px(170))
        sc.text(x0 + sc.px(200), y + rh // 2, subj, 13, bold, anchor="lm", maxw=c[2] - x0 - sc.px(320))
        sc.text(c[2] - sc.px(14), y + rh // 2, V.date_str(rng) if rng.random() < 0.5 else V.time_str(rng, False), 12,
                bold, fill=mut, anchor="rm")
        msgs.append((who, subj))
        y += rh
    sc.theme = old
    facts = [{"t": "phrase", "text": "%s unread messages" % unread, "fact": "unread: " + unread, "quote": unread},
             {"t": "count", "n": len(msgs), "what": "emails"},
             {"t": "phrase", "text": "the first email from %s" % msgs[0][0], "fact": "sender: " + msgs[0][0], "quote": msgs[0][0]}
             if msgs else {"t": "theme"}]
    if msgs:
        facts.append({"t": "items", "items": [msgs[0][1]], "what": "subjects"})
    return facts, ["an email inbox with %s unread messages" % unread], "email inbox"


@page(lambda rng, host: ("%s | %s" % (V.person(rng), rng.choice(["Chat", "Messages", "Messenger", "Team Chat"])), "/chat"))
def chat(sc, rng, c, host, ptitle):
    bg(sc, c, (255, 255, 255))
    other = ptitle.split(" | ")[0]
    side = sc.px(240) if c[2] - c[0] > sc.px(800) else 0
    old = sc.theme
    sc.theme = dict(old, fg=(20, 20, 20), muted=(110, 110, 110), base=(255, 255, 255), border=(210, 210, 210))
    if side:
        sc.rect([c[0], c[1], c[0] + side, c[3]], fill=(243, 244, 246))
        for i in range(8):
            nm = other if i == 0 else V.person(rng)
            yy = c[1] + sc.px(16 + 56 * i)
            if yy + sc.px(50) > c[3]:
                break
            if i == 0:
                sc.rect([c[0] + 4, yy - sc.px(6), c[0] + side - 4, yy + sc.px(46)], fill=(220, 228, 245), r=6)
            sc.d.ellipse([c[0] + sc.px(12), yy, c[0] + sc.px(48), yy + sc.px(36)], fill=(rng.randint(80, 200), 120, rng.randint(80, 200)))
            sc.text(c[0] + sc.px(58), yy, nm, 13, True, maxw=side - sc.px(64))
            sc.text(c[0] + sc.px(58), yy + sc.px(20), V.sentence(rng), 12, fill=(110, 110, 110), maxw=side - sc.px(64))
    x0 = c[0] + side
    sc.text(x0 + sc.px(20), c[1] + sc.px(14), other, 16, True)
    y = c[1] + sc.px(60)
    n = 0
    last = ""
    while y < c[3] - sc.px(140):
        me = rng.random() < 0.5
        msg = V.sentence(rng) if rng.random() < 0.7 else rng.choice(["Sounds good!", "Thanks!", "See you then", "Ok", "On my way"])
        w = min(sc.tw(msg, 14) + sc.px(28), (c[2] - x0) * 0.6)
        lines_h = sc.px(36) if sc.tw(msg, 14) + sc.px(28) <= w else sc.px(58)
        bx = c[2] - sc.px(20) - w if me else x0 + sc.px(20)
        sc.rect([bx, y, bx + w, y + lines_h], fill=(0, 132, 255) if me else (233, 233, 235), r=14)
        sc.wrap(bx + sc.px(14), y + sc.px(9), msg, w - sc.px(26), 14, fill=(255, 255, 255) if me else (20, 20, 20), lh=1.3)
        y += lines_h + sc.px(10)
        n += 1
        last = msg
    entry(sc, x0 + sc.px(16), c[3] - sc.px(56), c[2] - x0 - sc.px(120), "", "Type a message", label="Type a message")
    button(sc, c[2] - sc.px(96), c[3] - sc.px(56), "Send", True, sc.px(80))
    sc.theme = old
    facts = [{"t": "phrase", "text": "a conversation with %s" % other, "fact": "chat with: " + other, "quote": other},
             {"t": "count", "n": n, "what": "messages"}]
    if last:
        facts.append({"t": "message", "text": last})
    return facts, ["a chat conversation with %s" % other], "chat page"


@page(lambda rng, host: (rng.choice(["404 Not Found", "Page not found", "404 - Page Not Found", "Error 404"]),
                         "/" + rng.choice(V.NOUNS) + "/" + rng.choice(V.NOUNS)))
def notfound(sc, rng, c, host, ptitle):
    dark = rng.random() < 0.3
    bg(sc, c, (25, 25, 30) if dark else (255, 255, 255))
    fg = (235, 235, 235) if dark else (30, 30, 30)
    cx = (c[0] + c[2]) // 2
    y = c[1] + (c[3] - c[1]) // 4
    sc.text(cx, y, "404", 80, True, fill=fg, anchor="ma")
    msg = rng.choice(["Page not found", "Oops! This page does not exist.", "Sorry, we couldn't find that page.",
                      "The page you requested could not be found."])
    sc.text(cx, y + sc.px(110), msg, 20, fill=fg, anchor="ma", maxw=c[2] - c[0] - sc.px(40))
    old = sc.theme
    sc.theme = dict(old, fg=fg)
    b = rng.choice(["Go home", "Back to homepage", "Return home"])
    button(sc, cx - sc.px(80), y + sc.px(160), b, True, sc.px(160))
    sc.theme = old
    return [{"t": "heading", "text": "404"}, {"t": "message", "text": msg}, {"t": "buttons", "items": [b]}], \
        ["a 404 page not found error"], "404 error page"


@page(lambda rng, host: (rng.choice(["Problem loading page", "No internet", host, "Server Not Found"]), ""))
def offline(sc, rng, c, host, ptitle):
    bg(sc, c, rng.choice([(255, 255, 255), (249, 249, 250), (32, 33, 36)]))
    dark = sc.img.getpixel((c[0] + 2, c[1] + 2))[0] < 100
    fg = (232, 234, 237) if dark else (32, 33, 36)
    x = c[0] + max(sc.px(40), (c[2] - c[0]) // 5)
    y = c[1] + (c[3] - c[1]) // 5
    icon(sc, x + sc.px(24), y + sc.px(24), sc.px(48), rng.choice(["warning", "info", "error"]))
    head, body = rng.choice([("No internet", "Try checking the network cables, modem and router."),
                             ("Hmm. We’re having trouble finding that site.", "We can’t connect to the server at %s." % host),
                             ("This site can’t be reached", "%s took too long to respond." % host),
                             ("Unable to connect", "The site could be temporarily unavailable or too busy."),
                             ("You are offline", "Check your internet connection and try again.")])
    sc.text(x, y + sc.px(70), head, 24, True, fill=fg, maxw=c[2] - x - sc.px(20))
    sc.wrap(x, y + sc.px(116), body, min(sc.px(600), c[2] - x - sc.px(20)), 14, fill=fg)
    old = sc.theme
    sc.theme = dict(old, fg=fg)
    button(sc, x, y + sc.px(190), "Try Again" if rng.random() < 0.6 else "Reload", True)
    sc.theme = old
    return [{"t": "heading", "text": head}, {"t": "message", "text": body}, {"t": "buttons", "items": ["Try Again", "Reload"]}], \
        ["a page that failed to load because there is no connection"], "connection error page"


PAGES = {"web.login": login, "web.search": search, "web.article": article, "web.shop": shop, "web.mail": mail,
         "web.chat": chat, "web.404": notfound, "web.offline": offline}
