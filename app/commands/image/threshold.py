"""`labelbench threshold`: the levels ImageJ's auto-threshold methods pick on an image."""

from __future__ import annotations

NAME = "threshold"
HELP = "print the auto-threshold level(s) of an image (ImageJ methods: otsu, huang, li, ...)"
DESCRIPTION = """Compute auto-threshold levels on IMAGE's grayscale histogram (8-bit: bins 0..255;
16-bit: 256 bins over the image's min..max, levels reported in pixel values). Pixels with a value
above the level are foreground. Methods (ImageJ names, lower case): default, huang, intermodes,
isodata, li, maxentropy, mean, minerror, minimum, moments, otsu, percentile, renyientropy,
shanbhag, triangle, yen."""


def add_arguments(p) -> None:
    import argparse

    p.formatter_class = argparse.RawDescriptionHelpFormatter
    p.add_argument("image", metavar="IMAGE")
    p.add_argument("--method", "-m", default="all", metavar="NAME|all", help="one method name, or 'all' (default)")
    p.add_argument("--json", action="store_true", help='print {"method": level, ...} as JSON')


def run(args) -> int:
    from app.core.errors import UsageError
    from app.core.pipeline.batch import load_for_pipeline
    from app.core.pipeline.threshold.levels import IJ_METHODS, IJ_NAMES, all_levels, auto_level, gray_of

    method = args.method.lower()
    if method != "all" and method not in IJ_METHODS:
        raise UsageError(f"unknown method {args.method!r}; choose one of: all, {', '.join(IJ_METHODS)}")
    g = gray_of(load_for_pipeline(args.image))
    levels = all_levels(g) if method == "all" else {method: auto_level(g, method)}
    if args.json:
        from app.json_output import emit

        emit(levels)
        return 0
    for name, level in levels.items():
        print(f"{IJ_NAMES[name]:<13} {level}")
    return 0
