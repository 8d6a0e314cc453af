import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { CalendarHeatmap, type HeatDay } from "@/components/charts/calendar-heatmap";
import { axisLabelAt } from "@/components/charts/frame";

describe("axisLabelAt keeps an axis label whole inside the drawing (B11)", () => {
  test.each([
    { label: "in the middle, centred where asked", x: 300, text: "1 Dec", align: "middle", want: { x: 300, textAnchor: "middle" } },
    { label: "at the right edge, ends at the edge", x: 630, text: "1 Dec", align: "middle", want: { x: 640, textAnchor: "end" } },
    { label: "at the left edge, starts at the edge", x: 5, text: "Today", align: "middle", want: { x: 0, textAnchor: "start" } },
    { label: "a month starting in the last column", x: 626, text: "Dec", align: "start", want: { x: 640, textAnchor: "end" } },
    { label: "a month with room, starts at its week", x: 500, text: "Dec", align: "start", want: { x: 500, textAnchor: "start" } },
  ] as const)("$label", ({ x, text, align, want }) => {
    expect(axisLabelAt(x, text, 640, align)).toEqual(want);
  });
});

test("the study calendar's last month label is drawn inside the calendar, not cut at its edge", () => {
  // 26 weeks ending on 1 December, a Tuesday: December's label falls in the last column.
  const end = Date.UTC(2026, 11, 1);
  const days: HeatDay[] = Array.from({ length: 182 }, (_, i) => {
    const at = new Date(end - (181 - i) * 86_400_000);
    return { date: at.toISOString().slice(0, 10), count: i % 3, weekday: (at.getUTCDay() + 6) % 7 };
  });
  const svg = renderToStaticMarkup(createElement(CalendarHeatmap, { title: "Study days", summary: "", days }));
  const width = Number(/viewBox="0 0 (\d+)/.exec(svg)![1]);
  const december = /<text[^>]*>Dec<\/text>/.exec(svg)![0];
  const x = Number(/ x="([\d.]+)"/.exec(december)![1]);
  const anchor = / text-anchor="(\w+)"/.exec(december)?.[1] ?? "start";
  const right = anchor === "end" ? x : x + 3 * 6.5;
  expect(right).toBeLessThanOrEqual(width);
});
