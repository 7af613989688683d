"""A calm dark theme (Fusion + palette + a few style-sheet rules)."""

from __future__ import annotations

from PyQt6.QtGui import QColor, QPalette
from PyQt6.QtWidgets import QApplication

_QSS = """
QToolTip { color: #e8e8e8; background: #2b2d31; border: 1px solid #55585e; }
QTabBar::tab { padding: 6px 14px; }
QTabBar::tab:selected { color: #ffffff; border-bottom: 2px solid #3d8ee8; }
QDockWidget::title { padding: 4px; background: #2b2d31; }
QLabel#paneInfo { color: #b8bcc4; padding: 2px 6px; }
QGroupBox { border: 1px solid #44474d; border-radius: 4px; margin-top: 10px; padding-top: 6px; }
QGroupBox::title { subcontrol-origin: margin; left: 8px; padding: 0 4px; color: #c8ccd4; }
QProgressBar { border: 1px solid #44474d; border-radius: 3px; text-align: center; height: 16px; }
QProgressBar::chunk { background: #3d8ee8; }
QToolButton:checked { background: #2b4f7a; border: 1px solid #3d8ee8; border-radius: 3px; color: #ffffff; }
"""


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    p = QPalette()
    base, window, text = QColor(30, 31, 34), QColor(43, 45, 49), QColor(226, 228, 232)
    p.setColor(QPalette.ColorRole.Window, window)
    p.setColor(QPalette.ColorRole.WindowText, text)
    p.setColor(QPalette.ColorRole.Base, base)
    p.setColor(QPalette.ColorRole.AlternateBase, QColor(38, 40, 44))
    p.setColor(QPalette.ColorRole.Text, text)
    p.setColor(QPalette.ColorRole.Button, window)
    p.setColor(QPalette.ColorRole.ButtonText, text)
    p.setColor(QPalette.ColorRole.Highlight, QColor(61, 142, 232))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor(255, 255, 255))
    p.setColor(QPalette.ColorRole.ToolTipBase, window)
    p.setColor(QPalette.ColorRole.ToolTipText, text)
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor(130, 134, 140))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor(110, 112, 118))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor(110, 112, 118))
    app.setPalette(p)
    app.setStyleSheet(_QSS)
