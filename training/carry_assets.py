"""Copy what the corpus generator needs from this machine's system folders into one folder that can travel to a
machine without them (a lent GPU machine has no fonts or icon themes): the fonts it would pick (fonts/) and, for
every icon name, the file it would pick (icons/<size>/<name>.png, so the size ranking stays the same).

    /usr/bin/python3 -m training.carry_assets --out .carry        # ~15 MB; .carry is ignored by git
"""
import argparse
import os
import shutil

from .data import icons
from .data.fonts import Fonts


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=".carry")
    a = ap.parse_args(argv)
    n_icons = 0
    for name, path in icons.index().items():
        size = next((s for s in icons.SIZES if ("/" + s) in os.path.dirname(path) + "/"), "other")
        folder = os.path.join(a.out, "icons", size)
        os.makedirs(folder, exist_ok=True)
        shutil.copy(path, os.path.join(folder, name + ".png"))
        n_icons += 1
    os.makedirs(os.path.join(a.out, "fonts"), exist_ok=True)
    fonts = {p for faces in Fonts().by.values() for _, p in faces}
    for p in fonts:
        shutil.copy(p, os.path.join(a.out, "fonts", os.path.basename(p)))
    print(f"{len(fonts)} fonts and {n_icons} icons in {a.out}")


if __name__ == "__main__":
    main()
