"""Font discovery: Latin UI fonts from a folder (or the system), cached FreeType objects."""
import os
import re
from PIL import ImageFont

_FAMILIES = {
    "DejaVuSans": "sans", "DejaVuSansCondensed": "sans", "DejaVuSansMono": "mono", "DejaVuSerif": "serif",
    "DejaVuSerifCondensed": "serif", "LiberationSans": "sans", "LiberationSerif": "serif",
    "LiberationMono": "mono", "NotoSans": "sans", "NotoSerif": "serif", "NotoSansMono": "mono",
    "Cantarell": "sans", "Ubuntu": "sans", "UbuntuMono": "mono", "Roboto": "sans", "RobotoMono": "mono",
    "OpenSans": "sans", "Lato": "sans", "FreeSans": "sans", "FreeSerif": "serif", "FreeMono": "mono",
    "Inter": "sans", "SourceSansPro": "sans", "SourceCodePro": "mono", "Hack": "mono", "Carlito": "sans",
    "Caladea": "serif", "FiraSans": "sans", "FiraMono": "mono", "Arimo": "sans", "Tinos": "serif",
    "Cousine": "mono", "Comfortaa": "sans", "Quicksand": "sans", "OxygenSans": "sans", "OxygenMono": "mono",
    "PTSans": "sans", "RobotoCondensed": "sans", "NotoMono": "mono", "Oxygen": "sans",
}
_REGULAR = {"", "Regular", "Book", "Roman"}
_BOLD = {"Bold", "Semibold", "SemiBold"}


class Fonts:
    """Maps (family class, bold) to a list of TTF paths; hands out cached FreeTypeFont objects."""

    def __init__(self, fonts_dir=None):
        roots = [fonts_dir] if fonts_dir else ["/usr/share/fonts", "/usr/local/share/fonts",
                                                os.path.expanduser("~/.fonts")]
        found = {}
        for root in roots:
            if not root or not os.path.isdir(root):
                continue
            for dp, _, fns in os.walk(root, followlinks=True):
                for fn in fns:
                    m = re.match(r"^([A-Za-z]+?)(?:-([A-Za-z]+))?\.(ttf|otf)$", fn)
                    if not m:
                        continue
                    fam, style = m.group(1), m.group(2) or ""
                    if style == "Sans" and fam + "Sans" in _FAMILIES:
                        fam, style = fam + "Sans", ""
                    if fam not in _FAMILIES and fam.endswith("Bold") and fam[:-4] in _FAMILIES:
                        fam, style = fam[:-4], "Bold"
                    if fam not in _FAMILIES:
                        continue
                    bold = style in _BOLD
                    if not bold and style not in _REGULAR:
                        continue
                    found.setdefault(fn, (os.path.join(dp, fn), _FAMILIES[fam], bold, fam))
        self.by = {}
        for path, cls, bold, fam in sorted(found.values()):
            self.by.setdefault((cls, bold), []).append((fam, path))
        if not self.by.get(("sans", False)):
            raise SystemExit("no usable Latin TTF fonts found in %s" % roots)
        for cls in ("serif", "mono"):
            if not self.by.get((cls, False)):
                self.by[(cls, False)] = self.by[("sans", False)]
        for cls in ("sans", "serif", "mono"):
            if not self.by.get((cls, True)):
                self.by[(cls, True)] = self.by[(cls, False)]
        self._cache = {}

    def families(self, cls):
        return sorted({f for f, _ in self.by[(cls, False)]})

    def pick(self, rng, cls):
        """A family name of this class, chosen once per scene."""
        return rng.choice(self.families(cls))

    def get(self, cls, family, size, bold=False):
        size = max(6, int(round(size)))
        key = (cls, family, size, bold)
        f = self._cache.get(key)
        if f is None:
            paths = [p for fam, p in self.by[(cls, bold)] if fam == family] or \
                    [p for fam, p in self.by[(cls, False)] if fam == family] or \
                    [p for _, p in self.by[(cls, bold)]]
            f = ImageFont.truetype(paths[0], size)
            self._cache[key] = f
        return f


if __name__ == "__main__":
    # python -m training.data.fonts --collect DIR : copy the usable Latin fonts of this machine into DIR (to carry
    # them to a machine without system fonts, then pass --fonts-dir DIR to generate.py)
    import argparse
    import shutil
    ap = argparse.ArgumentParser()
    ap.add_argument("--collect", required=True)
    a = ap.parse_args()
    os.makedirs(a.collect, exist_ok=True)
    f = Fonts()
    n = 0
    for lst in f.by.values():
        for _, p in lst:
            dst = os.path.join(a.collect, os.path.basename(p))
            if not os.path.exists(dst):
                shutil.copy(p, dst)
                n += 1
    print("copied %d font files to %s" % (n, a.collect))
