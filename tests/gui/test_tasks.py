"""Background work delivered on the GUI thread: many tasks, no crash, results in order of need."""

import subprocess
import sys

PROGRAM = """
import time
from PySide6.QtWidgets import QApplication
from casedesk.gui.tasks import BackgroundRunner
app = QApplication([])
runner = BackgroundRunner()
results, errors = [], []
for i in range(600):
    runner.run(lambda i=i: None if i % 3 else i, results.append, errors.append)
    if i % 7 == 0:
        runner.run(lambda: 1 / 0, results.append, errors.append)
deadline = time.time() + 30
while runner.busy and time.time() < deadline:
    app.processEvents()
print(len(results), len(errors), type(errors[0]).__name__)
"""


def test_hundreds_of_background_tasks_come_back_without_crashing():
    # In a subprocess: the PySide6 release this guards against aborts the whole interpreter.
    result = subprocess.run([sys.executable, "-c", PROGRAM], capture_output=True, text=True, timeout=120,
                            env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == ["600", "86", "ZeroDivisionError"]
