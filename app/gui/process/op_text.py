"""The operations' words in the interface's language: the names, descriptions, parameters and
choices of app.core.pipeline.ops (Qt-free, English) translated where the GUI shows them (the Add
step menu, the pipeline list, the parameter panel, the histogram's source list).

Contexts: "OpFamily" (the Add step menu's groups), "Op" (an operation's name and description),
"OpParam" (a parameter's label and tooltip), "OpChoice" (a choice of a list). TEXTS below is what
pylupdate6 reads; tests/gui/i18n/test_korean_process_evaluate.py fails when an op or parameter
the registry has is missing from it. Proper names stay as they are: ImageJ's and OpenCV's
threshold methods (Otsu, Li, ...) and colour spaces (HSV, Lab, ...) are not translated.
"""

from __future__ import annotations

from PyQt6.QtCore import QT_TRANSLATE_NOOP

from app.gui.i18n import translate

# (op, parameter) whose choices are proper names: shown as they are
NAMED_CHOICES = frozenset(
    [
        ("auto_threshold", "method"),
        ("channel", "space"),
        ("convert_color", "space"),
        ("in_range", "space"),
        ("opencv_threshold", "method"),
    ]
)

TEXTS = (
    QT_TRANSLATE_NOOP("OpFamily", "Color & channels"),
    QT_TRANSLATE_NOOP("OpFamily", "Brightness & contrast"),
    QT_TRANSLATE_NOOP("OpFamily", "Blur"),
    QT_TRANSLATE_NOOP("OpFamily", "Sharpen"),
    QT_TRANSLATE_NOOP("OpFamily", "Edges"),
    QT_TRANSLATE_NOOP("OpFamily", "Morphology"),
    QT_TRANSLATE_NOOP("OpFamily", "Threshold"),
    QT_TRANSLATE_NOOP("OpFamily", "Masking"),
    QT_TRANSLATE_NOOP("OpFamily", "Geometry"),
    QT_TRANSLATE_NOOP("OpFamily", "Contours & components"),
    QT_TRANSLATE_NOOP("Op", "Grayscale"),
    QT_TRANSLATE_NOOP("Op", "Luminance (0.299 R + 0.587 G + 0.114 B); gray input passes through."),
    QT_TRANSLATE_NOOP("Op", "Convert colour space"),
    QT_TRANSLATE_NOOP("Op", "BGR -> HSV / Lab / YCrCb / HLS / RGB / XYZ (OpenCV's 8-bit ranges, e.g. H in 0..179)."),
    QT_TRANSLATE_NOOP("OpParam", "Colour space"),
    QT_TRANSLATE_NOOP("OpParam", "Target space; the result is shown as a 3-channel image"),
    QT_TRANSLATE_NOOP("Op", "Single channel"),
    QT_TRANSLATE_NOOP("Op", "One channel of the image in a colour space, as a gray image (e.g. the S of HSV)."),
    QT_TRANSLATE_NOOP("OpParam", "Channel"),
    QT_TRANSLATE_NOOP("OpParam", "0, 1 or 2 in the chosen space (e.g. HSV: 0=H, 1=S, 2=V)"),
    QT_TRANSLATE_NOOP("Op", "Invert"),
    QT_TRANSLATE_NOOP("Op", "Negative: max - value (255 or 65535)."),
    QT_TRANSLATE_NOOP("Op", "Brightness / contrast"),
    QT_TRANSLATE_NOOP("Op", "out = contrast * in + brightness, rounded and clipped to the image depth."),
    QT_TRANSLATE_NOOP("OpParam", "Contrast"),
    QT_TRANSLATE_NOOP("OpParam", "Gain (1 = unchanged)"),
    QT_TRANSLATE_NOOP("OpParam", "Brightness"),
    QT_TRANSLATE_NOOP("OpParam", "Offset on the 0..255 scale (x257 for 16-bit)"),
    QT_TRANSLATE_NOOP("Op", "Gamma"),
    QT_TRANSLATE_NOOP("Op", "out = max * (in / max) ** gamma via a lookup table (8- and 16-bit)."),
    QT_TRANSLATE_NOOP("OpParam", "Gamma"),
    QT_TRANSLATE_NOOP("OpParam", "< 1 brightens, > 1 darkens"),
    QT_TRANSLATE_NOOP("Op", "Equalize histogram"),
    QT_TRANSLATE_NOOP("Op", "Global histogram equalization (8- and 16-bit); colour images equalize luminance only."),
    QT_TRANSLATE_NOOP("OpParam", "Each channel"),
    QT_TRANSLATE_NOOP("OpParam", "Colour images: equalize B, G, R separately instead of the luminance (Y of YCrCb)"),
    QT_TRANSLATE_NOOP("Op", "CLAHE"),
    QT_TRANSLATE_NOOP(
        "Op",
        "Contrast-limited adaptive histogram equalization (8- and 16-bit); colour images are     equalized on Lab's L channel (8-bit) or on Y of YCrCb (16-bit).",
    ),
    QT_TRANSLATE_NOOP("OpParam", "Clip limit"),
    QT_TRANSLATE_NOOP("OpParam", "Tiles per side"),
    QT_TRANSLATE_NOOP("Op", "Stretch to full range"),
    QT_TRANSLATE_NOOP(
        "Op",
        "Linear stretch so the darkest / brightest pixels (after clipping `saturate` % at each end,     measured on the luminance) map to 0 and the depth's maximum.",
    ),
    QT_TRANSLATE_NOOP("OpParam", "Saturated %"),
    QT_TRANSLATE_NOOP("OpParam", "Percent of pixels clipped at each end (0 = plain min-max)"),
    QT_TRANSLATE_NOOP("Op", "Gaussian blur"),
    QT_TRANSLATE_NOOP("Op", "Gaussian smoothing with an odd square kernel."),
    QT_TRANSLATE_NOOP("OpParam", "Kernel size"),
    QT_TRANSLATE_NOOP("OpParam", "Sigma"),
    QT_TRANSLATE_NOOP("OpParam", "0 = derived from the kernel size"),
    QT_TRANSLATE_NOOP("OpParam", "Border"),
    QT_TRANSLATE_NOOP("OpChoice", "Reflect 101"),
    QT_TRANSLATE_NOOP("OpChoice", "Reflect"),
    QT_TRANSLATE_NOOP("OpChoice", "Replicate"),
    QT_TRANSLATE_NOOP("OpChoice", "Constant 0"),
    QT_TRANSLATE_NOOP("Op", "Median blur"),
    QT_TRANSLATE_NOOP("Op", "Median of each ksize x ksize neighbourhood; removes salt-and-pepper noise, keeps edges."),
    QT_TRANSLATE_NOOP("OpParam", "16-bit images: 3 or 5 only (OpenCV limit)"),
    QT_TRANSLATE_NOOP("Op", "Bilateral filter"),
    QT_TRANSLATE_NOOP("Op", "Edge-preserving smoothing (8-bit natively; 16-bit through float32)."),
    QT_TRANSLATE_NOOP("OpParam", "Diameter"),
    QT_TRANSLATE_NOOP("OpParam", "Sigma colour"),
    QT_TRANSLATE_NOOP("OpParam", "On the 0..255 scale (x257 for 16-bit)"),
    QT_TRANSLATE_NOOP("OpParam", "Sigma space"),
    QT_TRANSLATE_NOOP("Op", "Box blur"),
    QT_TRANSLATE_NOOP("Op", "Mean of each ksize x ksize neighbourhood (any size, even allowed)."),
    QT_TRANSLATE_NOOP("Op", "Sharpen"),
    QT_TRANSLATE_NOOP("Op", "3x3 Laplacian sharpening: out = in + amount * (4 * centre - neighbours)."),
    QT_TRANSLATE_NOOP("OpParam", "Amount"),
    QT_TRANSLATE_NOOP("Op", "Unsharp mask"),
    QT_TRANSLATE_NOOP("Op", "out = in + amount * (in - gaussian(in)), skipping differences below `threshold`."),
    QT_TRANSLATE_NOOP("OpParam", "Threshold"),
    QT_TRANSLATE_NOOP("OpParam", "Only sharpen where |in - blurred| exceeds this (0..255 scale)"),
    QT_TRANSLATE_NOOP("Op", "Sobel"),
    QT_TRANSLATE_NOOP("Op", "|Sobel derivative| (x, y, or gradient magnitude) times `scale`."),
    QT_TRANSLATE_NOOP("OpParam", "Direction"),
    QT_TRANSLATE_NOOP("OpChoice", "d/dx"),
    QT_TRANSLATE_NOOP("OpChoice", "d/dy"),
    QT_TRANSLATE_NOOP("OpChoice", "Magnitude"),
    QT_TRANSLATE_NOOP("OpParam", "Scale"),
    QT_TRANSLATE_NOOP("Op", "Scharr"),
    QT_TRANSLATE_NOOP("Op", "|Scharr derivative| (more accurate 3x3 than Sobel) times `scale`."),
    QT_TRANSLATE_NOOP("Op", "Laplacian"),
    QT_TRANSLATE_NOOP("Op", "|Laplacian| times `scale`."),
    QT_TRANSLATE_NOOP("Op", "Canny"),
    QT_TRANSLATE_NOOP(
        "Op",
        "Canny edges of the gray image -> uint8 0/255 (16-bit input is reduced to 8 bits first). A Low     threshold above High is used swapped, as OpenCV does.",
    ),
    QT_TRANSLATE_NOOP("OpParam", "Low threshold"),
    QT_TRANSLATE_NOOP("OpParam", "High threshold"),
    QT_TRANSLATE_NOOP("OpParam", "Aperture"),
    QT_TRANSLATE_NOOP("OpParam", "L2 gradient"),
    QT_TRANSLATE_NOOP("Op", "Erode"),
    QT_TRANSLATE_NOOP("Op", "Minimum over the kernel: shrinks bright regions."),
    QT_TRANSLATE_NOOP("OpParam", "Kernel shape"),
    QT_TRANSLATE_NOOP("OpChoice", "Rectangle"),
    QT_TRANSLATE_NOOP("OpChoice", "Ellipse"),
    QT_TRANSLATE_NOOP("OpChoice", "Cross"),
    QT_TRANSLATE_NOOP("OpParam", "Iterations"),
    QT_TRANSLATE_NOOP("Op", "Dilate"),
    QT_TRANSLATE_NOOP("Op", "Maximum over the kernel: grows bright regions."),
    QT_TRANSLATE_NOOP("Op", "Open"),
    QT_TRANSLATE_NOOP("Op", "Erode then dilate: removes small bright specks."),
    QT_TRANSLATE_NOOP("Op", "Close"),
    QT_TRANSLATE_NOOP("Op", "Dilate then erode: fills small dark holes."),
    QT_TRANSLATE_NOOP("Op", "Morphological gradient"),
    QT_TRANSLATE_NOOP("Op", "Dilation minus erosion: object outlines."),
    QT_TRANSLATE_NOOP("Op", "Top-hat"),
    QT_TRANSLATE_NOOP("Op", "Image minus its opening: small bright details on an uneven background."),
    QT_TRANSLATE_NOOP("Op", "Black-hat"),
    QT_TRANSLATE_NOOP("Op", "Closing minus image: small dark details on an uneven background."),
    QT_TRANSLATE_NOOP("Op", "Threshold (manual)"),
    QT_TRANSLATE_NOOP("Op", "Fixed level. binary / binary_inv give a uint8 0/255 mask; to-zero / truncate keep depth."),
    QT_TRANSLATE_NOOP("OpParam", "Level"),
    QT_TRANSLATE_NOOP("OpParam", "Pixels > level are foreground (0..255, or 0..65535 for 16-bit)"),
    QT_TRANSLATE_NOOP("OpParam", "Type"),
    QT_TRANSLATE_NOOP("OpChoice", "Binary"),
    QT_TRANSLATE_NOOP("OpChoice", "Binary inverted"),
    QT_TRANSLATE_NOOP("OpChoice", "To zero"),
    QT_TRANSLATE_NOOP("OpChoice", "To zero inverted"),
    QT_TRANSLATE_NOOP("OpChoice", "Truncate"),
    QT_TRANSLATE_NOOP("Op", "Threshold (auto)"),
    QT_TRANSLATE_NOOP(
        "Op",
        "Level picked by an ImageJ method on the gray histogram (8- or 16-bit), then applied to     the gray image like the manual threshold.",
    ),
    QT_TRANSLATE_NOOP("OpParam", "Method"),
    QT_TRANSLATE_NOOP("OpParam", "ImageJ auto-threshold method, computed from the gray histogram"),
    QT_TRANSLATE_NOOP("Op", "Threshold (OpenCV Otsu / Triangle)"),
    QT_TRANSLATE_NOOP("Op", "OpenCV's THRESH_OTSU / THRESH_TRIANGLE on the gray image -> uint8 0/255 mask."),
    QT_TRANSLATE_NOOP("OpParam", "Inverted"),
    QT_TRANSLATE_NOOP("Op", "Threshold (adaptive)"),
    QT_TRANSLATE_NOOP("Op", "Local threshold: pixel > (local mean or Gaussian-weighted mean) - C -> 255."),
    QT_TRANSLATE_NOOP("OpChoice", "Mean"),
    QT_TRANSLATE_NOOP("OpChoice", "Gaussian"),
    QT_TRANSLATE_NOOP("OpParam", "Block size"),
    QT_TRANSLATE_NOOP("OpParam", "C"),
    QT_TRANSLATE_NOOP("OpParam", "Subtracted from the local mean (0..255 scale)"),
    QT_TRANSLATE_NOOP("Op", "Colour range mask (inRange)"),
    QT_TRANSLATE_NOOP(
        "Op",
        "Pixels whose channels (in `space`) all lie in [low, high] -> 255. Gray input uses channel 0's     bounds only. HSV hue is 0..179 in OpenCV. `masked` keeps the original pixels inside the range.",
    ),
    QT_TRANSLATE_NOOP("OpParam", "Channel 0 min"),
    QT_TRANSLATE_NOOP("OpParam", "Channel 0 max"),
    QT_TRANSLATE_NOOP("OpParam", "Channel 1 min"),
    QT_TRANSLATE_NOOP("OpParam", "Channel 1 max"),
    QT_TRANSLATE_NOOP("OpParam", "Channel 2 min"),
    QT_TRANSLATE_NOOP("OpParam", "Channel 2 max"),
    QT_TRANSLATE_NOOP("OpParam", "Output"),
    QT_TRANSLATE_NOOP("OpChoice", "Mask (0/255)"),
    QT_TRANSLATE_NOOP("OpChoice", "Image inside the range"),
    QT_TRANSLATE_NOOP("Op", "Resize"),
    QT_TRANSLATE_NOOP("Op", "Scale both sides by `scale` (at least 1 pixel)."),
    QT_TRANSLATE_NOOP("OpParam", "Interpolation"),
    QT_TRANSLATE_NOOP("OpChoice", "Nearest"),
    QT_TRANSLATE_NOOP("OpChoice", "Linear"),
    QT_TRANSLATE_NOOP("OpChoice", "Cubic"),
    QT_TRANSLATE_NOOP("OpChoice", "Area"),
    QT_TRANSLATE_NOOP("OpChoice", "Lanczos"),
    QT_TRANSLATE_NOOP("Op", "Crop"),
    QT_TRANSLATE_NOOP(
        "Op",
        "Keep the rectangle given in percent of the width / height (resolution independent, so     previews at a reduced scale crop the same region).",
    ),
    QT_TRANSLATE_NOOP("OpParam", "Left %"),
    QT_TRANSLATE_NOOP("OpParam", "Top %"),
    QT_TRANSLATE_NOOP("OpParam", "Right %"),
    QT_TRANSLATE_NOOP("OpParam", "Bottom %"),
    QT_TRANSLATE_NOOP("Op", "Rotate"),
    QT_TRANSLATE_NOOP("Op", "Rotate about the centre; multiples of 90 degrees are exact (no resampling)."),
    QT_TRANSLATE_NOOP("OpParam", "Angle"),
    QT_TRANSLATE_NOOP("OpParam", "Degrees, counter-clockwise"),
    QT_TRANSLATE_NOOP("OpParam", "Expand canvas"),
    QT_TRANSLATE_NOOP("OpParam", "Grow the canvas so nothing is cut off"),
    QT_TRANSLATE_NOOP("Op", "Flip"),
    QT_TRANSLATE_NOOP("Op", "Mirror left-right, top-bottom, or both."),
    QT_TRANSLATE_NOOP("OpParam", "Axis"),
    QT_TRANSLATE_NOOP("OpChoice", "Horizontal (mirror)"),
    QT_TRANSLATE_NOOP("OpChoice", "Vertical"),
    QT_TRANSLATE_NOOP("OpChoice", "Both"),
    QT_TRANSLATE_NOOP("Op", "Contours + boxes"),
    QT_TRANSLATE_NOOP(
        "Op",
        "Find contours of the non-zero pixels (use after a threshold), keep those passing the area /     aspect filter and draw them and / or their bounding boxes over the input (BGR uint8 result).",
    ),
    QT_TRANSLATE_NOOP("OpParam", "Contours"),
    QT_TRANSLATE_NOOP("OpChoice", "Outer only"),
    QT_TRANSLATE_NOOP("OpChoice", "All (incl. holes)"),
    QT_TRANSLATE_NOOP("OpParam", "Min area (px)"),
    QT_TRANSLATE_NOOP("OpParam", "Max area (px)"),
    QT_TRANSLATE_NOOP("OpParam", "0 = no limit"),
    QT_TRANSLATE_NOOP("OpParam", "Min aspect w/h"),
    QT_TRANSLATE_NOOP("OpParam", "Max aspect w/h"),
    QT_TRANSLATE_NOOP("OpParam", "Draw"),
    QT_TRANSLATE_NOOP("OpChoice", "Contours"),
    QT_TRANSLATE_NOOP("OpChoice", "Boxes"),
    QT_TRANSLATE_NOOP("OpChoice", "Contours + boxes"),
    QT_TRANSLATE_NOOP("OpChoice", "Filled"),
    QT_TRANSLATE_NOOP("OpParam", "Colour"),
    QT_TRANSLATE_NOOP("OpParam", "Line width"),
    QT_TRANSLATE_NOOP("Op", "Connected components"),
    QT_TRANSLATE_NOOP(
        "Op",
        "Label the connected non-zero regions; keep those whose pixel count is within the area     limits; show them as coloured labels, as a 0/255 mask, or only the largest one.",
    ),
    QT_TRANSLATE_NOOP("OpParam", "Connectivity"),
    QT_TRANSLATE_NOOP("OpChoice", "Coloured labels"),
    QT_TRANSLATE_NOOP("OpChoice", "Kept components mask"),
    QT_TRANSLATE_NOOP("OpChoice", "Largest component"),
    QT_TRANSLATE_NOOP("OpParam", "Draw boxes"),
)


def family_label(text: str) -> str:
    """An Add step menu's group (FAMILY_LABELS' English text)."""
    return translate("OpFamily", text)


def op_label(op) -> str:
    return translate("Op", op.label)


def op_doc(op) -> str:
    return translate("Op", op.doc) if op.doc else ""


def param_label(spec) -> str:
    return translate("OpParam", spec.label)


def param_doc(spec) -> str:
    return translate("OpParam", spec.doc) if spec.doc else ""


def choice_label(op_name: str, spec, text: str) -> str:
    """A choice of an enum parameter as shown (its display label), in the current language."""
    return text if (op_name, spec.name) in NAMED_CHOICES else translate("OpChoice", text)


class OpTexts:
    """The texts widgets.param_panel.ParamPanel shows for one op's specs (it knows nothing of the app)."""

    def __init__(self, op_name: str):
        self.op_name = op_name

    def label(self, spec) -> str:
        return param_label(spec)

    def doc(self, spec) -> str:
        return param_doc(spec)

    def choice(self, spec, text: str) -> str:
        return choice_label(self.op_name, spec, text)
