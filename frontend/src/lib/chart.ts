// The geometry of a small grouped bar chart (earned and spent per week), kept apart from the SVG so
// that it can be tested. The figures come from the API; this only places them.

export interface BarGroup {
  label: string
  values: number[]
}

export interface PlacedBar {
  x: number
  y: number
  width: number
  height: number
  value: number
  series: number
}

/** A round number at or above `max` for the top of the axis (1, 2, 5 x 10^n steps, four ticks). */
export function niceTop(max: number): number {
  if (max <= 0) return 4
  const rough = max / 4
  const magnitude = 10 ** Math.floor(Math.log10(rough))
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? 10 * magnitude
  return step * 4
}

export function placeBars(
  groups: BarGroup[],
  plot: { width: number; height: number },
  top: number,
): PlacedBar[] {
  if (groups.length === 0) return []
  const slot = plot.width / groups.length
  const series = Math.max(...groups.map((g) => g.values.length))
  const barWidth = (slot * 0.7) / series
  const bars: PlacedBar[] = []
  groups.forEach((group, i) => {
    group.values.forEach((value, s) => {
      const height = top > 0 ? (Math.max(0, value) / top) * plot.height : 0
      bars.push({
        x: i * slot + slot * 0.15 + s * barWidth,
        y: plot.height - height,
        width: barWidth,
        height,
        value,
        series: s,
      })
    })
  })
  return bars
}
