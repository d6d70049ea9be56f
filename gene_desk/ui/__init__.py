"""The Qt face of Gene Desk (seed 1.4.2, the desktop window).

The only package that imports PySide6. Engine calls run on worker threads (:mod:`.tasks`); their
results and the engine's listener callbacks come back to the GUI thread as queued signals.
"""
