"""Main-window panes, one module each, discovered by app.gui.main_window.

A pane module defines TITLE (tab text), ORDER (int, left to right) and `class Pane(QWidget)`
constructed as Pane(ctx: app.gui.context.AppContext).
"""
