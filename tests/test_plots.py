import hashlib

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from newsfacts import plots  # noqa: E402


def _draw():
    plots.use_style()
    fig, ax = plt.subplots()
    ax.bar(["a", "b"], [3, 5])
    ax.set_title("bytes must not change")
    return fig


def _digest(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_save_is_byte_identical_and_strips_metadata(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    for folder in (a, b):
        fig = _draw()
        plots.save(fig, "fig", folder, quiet=True)
        plt.close(fig)
    assert _digest(a) == _digest(b) and set(_digest(a)) == {"fig.png", "fig.svg"}
    svg = (a / "fig.svg").read_text()
    png = (a / "fig.png").read_bytes()
    assert "<dc:date>" not in svg and b"Software" not in png and b"matplotlib" not in png.lower()
