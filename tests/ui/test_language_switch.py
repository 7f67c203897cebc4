"""English and back: the course's default milestone titles follow the window's language."""

from __future__ import annotations

from handleplan.ops import timeline


def test_default_milestone_titles_read_in_the_language_switched_to(start_app, qtbot, demo_folder):
    controller = start_app(demo_folder, "overview", close_at_end=False)
    try:
        store = controller.ctx.store
        assert "TRIO-møde" in [m.title for m in timeline.milestones(store)]
        controller.ctx.language_changed.emit("en")
        qtbot.addWidget(controller.window)
        titles = [m.title for m in timeline.milestones(store)]
        assert "TRIO meeting" in titles and "TRIO-møde" not in titles
        controller.ctx.language_changed.emit("da")
        qtbot.addWidget(controller.window)
        assert "TRIO-møde" in [m.title for m in timeline.milestones(store)]
    finally:
        controller.shutdown()
        controller.language.switch("da")
