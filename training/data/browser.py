"""Web browser chrome (tabs, address bar) and the registry of web page templates (pages in web_*.py)."""
from . import vocab as V
from .chrome import window, app_box, icon
from .scene import _mix

BROWSERS = [("Firefox", "{t} — Mozilla Firefox"), ("Chromium", "{t} - Chromium"), ("Google Chrome", "{t} - Google Chrome"),
            ("Microsoft Edge", "{t} - Microsoft Edge"), ("Safari", "{t}"), ("Epiphany", "{t}"), ("Brave", "{t} - Brave")]


def browser(sc, rng, area, page_fn, kind):
    app, pat = rng.choice(BROWSERS)
    host = V.host(rng)
    # the page decides its own title; draw chrome after measuring the page needs: draw page into content first
    box = app_box(sc, rng, area, 0.55, 0.55)
    ptitle, path = page_fn.meta(rng, host)
    title = pat.format(t=ptitle)
    c = window(sc, box, title, app, True, kind, shown_title="" if rng.random() < 0.5 else None)
    th = sc.theme
    tb = sc.px(36)
    strip = _mix(th["bg"], th["fg"], 0.06)
    sc.rect([c[0], c[1], c[2], c[1] + tb], fill=strip)
    ntabs = rng.randint(1, 5)
    act = rng.randrange(ntabs)
    tw = min(sc.px(220), (c[2] - c[0] - sc.px(40)) // ntabs)
    others = []
    for i in range(ntabs):
        x = c[0] + sc.px(6) + i * tw
        t = ptitle if i == act else rng.choice([V.title_words(rng, 2), V.host(rng), V.subject(rng)])
        if i != act:
            others.append(t)
        if i == act:
            sc.rect([x, c[1] + sc.px(4), x + tw - sc.px(4), c[1] + tb], fill=th["bg"], r=6)
        icon(sc, x + sc.px(14), c[1] + tb // 2 + sc.px(2), sc.px(14), "info" if i % 2 else "document")
        sc.text(x + sc.px(28), c[1] + tb // 2 + sc.px(2), t, 12, anchor="lm", maxw=tw - sc.px(54),
                fill=th["fg"] if i == act else th["muted"])
    y = c[1] + tb
    ab = sc.px(40)
    sc.rect([c[0], y, c[2], y + ab], fill=th["bg"])
    sc.text(c[0] + sc.px(14), y + ab // 2, "←  →", 15, anchor="lm", record=False)
    url = ("https://" if rng.random() < 0.7 else "") + host + path
    sc.rect([c[0] + sc.px(100), y + sc.px(6), c[2] - sc.px(60), y + ab - sc.px(6)], fill=th["base"], r=14)
    sc.text(c[0] + sc.px(118), y + ab // 2, url, 13, anchor="lm", maxw=c[2] - c[0] - sc.px(200))
    y += ab
    sc.d.line([c[0], y, c[2], y], fill=th["border"])
    page = [c[0], y + 1, c[2], c[3]]
    facts, notable, noun = page_fn(sc, rng, page, host, ptitle)
    facts = facts + [{"t": "phrase", "text": "the address “%s”" % host, "fact": "url: " + host, "quote": host, "p": 9}]
    if ntabs > 1:
        facts.append({"t": "count", "n": ntabs, "what": "tabs open"})
    return dict(kind=kind, app=app, title=title, noun=noun, facts=facts, notable=notable,
                page_title=ptitle, host=host)


def page(meta):
    """Decorator: attach a meta(rng, host) -> (page title, path) function to a page renderer."""
    def deco(fn):
        fn.meta = meta
        return fn
    return deco


def _registry():
    from . import web_a, web_b, web_c
    t = {}
    for m in (web_a, web_b, web_c):
        for k, fn in m.PAGES.items():
            t[k] = (lambda f, kk: (lambda sc, rng, area: browser(sc, rng, area, f, kk)))(fn, k)
    return t


TEMPLATES = _registry()
