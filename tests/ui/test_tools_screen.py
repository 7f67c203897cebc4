"""Værktøjer: every model and tool in the content is on screen, reachable from the navigation, from an
initiative's tags ("Det handler om") and from Udfør's "Metode og redskaber" – nothing in the content is dead."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from handleplan.models import Phase
from handleplan.ops import initiatives as ops
from handleplan.ui.initiative.editor import ABOUT, CYCLES
from handleplan.ui.main_window import MainWindow


@pytest.fixture(params=["da", "en"])
def window(request, qapp, store, data_dir, qtbot):
    from handleplan.ui.app import settings_for
    from handleplan.ui.context import AppContext

    context = AppContext(store, request.param, settings_for(data_dir))
    main = MainWindow(context)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    yield main
    context.undo_stack.clear()


def _shown_texts(widget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget))


def _nav_to(window: MainWindow, key: str) -> None:
    row = next(
        i for i in range(window.nav.count()) if window.nav.item(i).data(Qt.ItemDataRole.UserRole) == key
    )
    window.nav.setCurrentRow(row)


def test_every_tool_and_all_its_text_is_on_screen_from_the_navigation(window, qtbot):
    content = window.ctx.content
    _nav_to(window, "tools")
    screen = window.current_screen()
    assert screen.key == "tools" and window.nav.currentItem().text() == screen.title()
    assert screen.list.count() == len(content.tools)
    for row, tool in enumerate(content.tools):
        qtbot.mouseClick(
            screen.list.viewport(),
            Qt.MouseButton.LeftButton,
            pos=screen.list.visualItemRect(screen.list.item(row)).center(),
        )
        page = screen.current_page()
        assert page is not None and page.tool.key == tool.key
        assert screen.stack.currentWidget().isVisible()
        shown = _shown_texts(page)
        expected = [tool.title, tool.summary, *tool.sources]
        for section in tool.sections:
            expected += [section.heading, *section.items]
        if tool.key == "psykologisk_tryghed":
            safety = content.psych_safety
            expected += [*safety.statements, safety.ranges_note, *(band.label for band in safety.bands)]
        if tool.key == "stresstrappen":
            for step in content.staircase:
                expected += [step.title, step.pressure, *step.signs, *step.options]
        missing = [text for text in expected if text not in shown]
        assert missing == [], tool.key


def test_each_tag_group_opens_its_tool(window, qtbot):
    ops.create_initiative(window.ctx.store, "Trappen på teammødet")
    initiatives = window.open_screen("initiatives")
    initiatives.refresh()
    initiatives.editor.tabs.setCurrentIndex(ABOUT)
    tags = initiatives.editor.about.tags
    reached = set()
    for group in window.ctx.content.tag_groups:
        button = tags.tool_buttons[group.key]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        screen = window.current_screen()
        assert screen.key == "tools"
        assert screen.current_page().tool.key == group.tool
        reached.add(group.tool)
        window.open_screen("initiatives")
    assert reached == {"to_veje", "seks_guldkorn", "psykologisk_tryghed"}


def test_udfoer_method_and_tools_opens_every_tool(window, qtbot):
    ops.create_initiative(window.ctx.store, "Stjernestunder")
    initiatives = window.open_screen("initiatives")
    initiatives.refresh()
    initiatives.editor.tabs.setCurrentIndex(CYCLES)
    do_page = initiatives.editor.cycles.pages[Phase.DO]
    actions = do_page.tools_button.menu().actions()
    assert [a.data() for a in actions] == [tool.key for tool in window.ctx.content.tools]
    for action in actions:
        action.trigger()
        screen = window.current_screen()
        assert screen.key == "tools" and screen.current_page().tool.key == action.data()
        window.open_screen("initiatives")


def test_an_unknown_tool_leaves_the_page_as_it_was(window):
    screen = window.open_screen("tools", {"tool": "semmers_trekant"})
    screen.show_target({"tool": "nothing"})
    assert screen.current_page().tool.key == "semmers_trekant"
