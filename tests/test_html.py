from newsfacts import paths, run_notebooks

NOTEBOOKS = sorted(paths.NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))


def test_html_export_is_self_contained_with_index(tmp_path):
    assert run_notebooks.main(["--html", str(tmp_path), *map(str, NOTEBOOKS)]) == 0
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    positions = [index.index(f'href="{nb.stem}.html"') for nb in NOTEBOOKS]
    assert positions == sorted(positions), "index lists notebooks in order"
    for nb in NOTEBOOKS:
        page = (tmp_path / f"{nb.stem}.html").read_text(encoding="utf-8")
        assert "data:image/png;base64," in page, f"{nb.name}: figures embedded"
        assert 'src="figures/' not in page and "/work/" not in page
