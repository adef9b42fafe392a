"""newsfacts.run_notebooks.normalise: what varies from run to run does not reach the stored notebook."""

import nbformat

from newsfacts.run_notebooks import KERNELSPEC, normalise


def test_normalise_merges_split_stream_outputs_and_drops_volatile_metadata():
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("print('x')")
    cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text="243 rows; 0 misses"),
                    nbformat.v4.new_output("stream", name="stdout", text="\n"),
                    nbformat.v4.new_output("stream", name="stderr", text="warn\n")]
    cell.metadata["execution"] = {"iopub.status.busy": "2026-11-22T10:00:00"}
    nb.cells.append(cell)
    nb.metadata["papermill"] = {"duration": 1.2}
    normalise(nb)
    out = nb.cells[0].outputs
    assert [(o.name, o.text) for o in out] == [("stdout", "243 rows; 0 misses\n"), ("stderr", "warn\n")]
    assert "execution" not in nb.cells[0].metadata
    assert "papermill" not in nb.metadata and nb.metadata["kernelspec"] == KERNELSPEC
