"""Small charts drawn on the server as inline SVG: no JavaScript, no network, readable when printed.

`line_chart` draws one series over days (a balance); `bar_chart` draws grouped bars (earned and
spent per week, or a class's completion per module). Both accept empty data and say so.
"""

from __future__ import annotations

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

WIDTH, HEIGHT = 640, 220
# (the right margin holds half the last day's label, centred under the line's end)
PAD_LEFT, PAD_RIGHT, PAD_TOP, PAD_BOTTOM = 48, 24, 16, 40
COLORS = ["#2563eb", "#dc2626", "#16a34a", "#9333ea"]


def _frame(title: str, body: str) -> SafeString:
    return mark_safe(
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="{WIDTH}" height="{HEIGHT}" style="max-width:100%;font:11px sans-serif">'
        f"<title>{escape(title)}</title>{body}</svg>"
    )


def _empty(title: str, message: str) -> SafeString:
    return _frame(title, f'<text x="{WIDTH / 2}" y="{HEIGHT / 2}" text-anchor="middle" fill="#6b7280">'
                         f"{escape(message)}</text>")


def _nice_max(value: float) -> float:
    if value <= 0:
        return 1
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10_000, 100_000, 1_000_000):
        if value <= step * 4:
            return step * 4
    return value


def _axes(top: float) -> str:
    plot_h = HEIGHT - PAD_TOP - PAD_BOTTOM
    parts = []
    for i in range(5):
        value = top * i / 4
        y = PAD_TOP + plot_h - plot_h * i / 4
        parts.append(f'<line x1="{PAD_LEFT}" y1="{y:.1f}" x2="{WIDTH - PAD_RIGHT}" y2="{y:.1f}" stroke="#e5e7eb"/>'
                     f'<text x="{PAD_LEFT - 6}" y="{y + 4:.1f}" text-anchor="end" fill="#374151">{value:g}</text>')
    return "".join(parts)


def line_chart(points: list[tuple[str, float]], *, title: str, empty: str = "No data yet") -> SafeString:
    """``points`` are (label, value) in order; the last point's label and every 7th before it are printed
    under the axis (a week apart on a daily series, ending on the last day's)."""
    if not points:
        return _empty(title, empty)
    top = _nice_max(max(v for _, v in points))
    plot_w, plot_h = WIDTH - PAD_LEFT - PAD_RIGHT, HEIGHT - PAD_TOP - PAD_BOTTOM
    step = plot_w / max(len(points) - 1, 1)
    coords = [(PAD_LEFT + i * step, PAD_TOP + plot_h - plot_h * v / top) for i, (_, v) in enumerate(points)]
    path = " ".join(f"{'M' if i == 0 else 'L'}{x:.1f},{y:.1f}" for i, (x, y) in enumerate(coords))
    last = len(points) - 1
    labels = "".join(
        f'<text x="{coords[i][0]:.1f}" y="{HEIGHT - PAD_BOTTOM + 16}" text-anchor="middle" fill="#374151">'
        f"{escape(label)}</text>"
        for i, (label, _) in enumerate(points) if (last - i) % 7 == 0)
    last_x, last_y = coords[last]
    return _frame(title, _axes(top) + f'<path d="{path}" fill="none" stroke="{COLORS[0]}" stroke-width="2"/>'
                  + f'<circle cx="{last_x:.1f}" cy="{last_y:.1f}" r="3" fill="{COLORS[0]}"/>' + labels)


def bar_chart(groups: list[tuple[str, list[float]]], *, series: list[str], title: str,
              empty: str = "No data yet", maximum: float | None = None) -> SafeString:
    """``groups`` are (label, [one value per series]); a legend names the series."""
    if not groups or not any(any(values) for _, values in groups):
        return _empty(title, empty)
    top = maximum or _nice_max(max(max(values) for _, values in groups))
    plot_w, plot_h = WIDTH - PAD_LEFT - PAD_RIGHT, HEIGHT - PAD_TOP - PAD_BOTTOM
    group_w = plot_w / len(groups)
    bar_w = max(group_w * 0.8 / len(series), 1)
    parts = [_axes(top)]
    for g, (label, values) in enumerate(groups):
        x0 = PAD_LEFT + g * group_w + group_w * 0.1
        for s, value in enumerate(values):
            h = plot_h * min(value, top) / top
            parts.append(f'<rect x="{x0 + s * bar_w:.1f}" y="{PAD_TOP + plot_h - h:.1f}" width="{bar_w - 1:.1f}" '
                         f'height="{h:.1f}" fill="{COLORS[s % len(COLORS)]}"><title>{escape(series[s])}: '
                         f"{value:g}</title></rect>")
        parts.append(f'<text x="{x0 + group_w * 0.4:.1f}" y="{HEIGHT - PAD_BOTTOM + 16}" text-anchor="middle" '
                     f'fill="#374151">{escape(label[:14])}</text>')
    legend = "".join(f'<rect x="{PAD_LEFT + i * 110}" y="{HEIGHT - 14}" width="10" height="10" '
                     f'fill="{COLORS[i % len(COLORS)]}"/><text x="{PAD_LEFT + i * 110 + 14}" y="{HEIGHT - 5}" '
                     f'fill="#374151">{escape(name)}</text>' for i, name in enumerate(series))
    return _frame(title, "".join(parts) + legend)
