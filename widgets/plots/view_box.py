"""A pyqtgraph ViewBox whose right-click menu is built the first time it is asked for.

pyqtgraph builds every ViewBox's context menu (View All, the X / Y axis panels from a Designer
form, the mouse modes) when the ViewBox is made: about 10 ms a plot, most of the cost of a small
plot, for a menu few users ever open. This one builds it on the first right click (getMenu) or
the first look at its actions (getContextMenus); what the menu shows is read from the view then,
as pyqtgraph does when it opens a menu it built before.

    p = layout_widget.addPlot(viewBox=MenuOnDemandViewBox())
    w = pg.PlotWidget(viewBox=MenuOnDemandViewBox())
"""

from __future__ import annotations

import pyqtgraph as pg
from pyqtgraph.graphicsItems.ViewBox.ViewBoxMenu import ViewBoxMenu


class MenuOnDemandViewBox(pg.ViewBox):
    def __init__(self, *args, enableMenu: bool = True, **kwargs):
        super().__init__(*args, enableMenu=False, **kwargs)  # no menu built now
        self.state["enableMenu"] = enableMenu  # menuEnabled() answers as pyqtgraph's would

    def _applyMenuEnabled(self) -> None:
        """setMenuEnabled(True) leaves the menu to getMenu; (False) drops a menu built before."""
        if self.menuEnabled():
            return
        super()._applyMenuEnabled()

    def getMenu(self, ev=None):
        if self.menu is None and self.menuEnabled():
            self.menu = ViewBoxMenu(self)
            self.updateViewLists()  # the "link axis" lists, as pyqtgraph fills them for a new menu
        return self.menu

    def getContextMenus(self, event):
        menu = self.getMenu(event)
        return menu.actions() if menu is not None else []
