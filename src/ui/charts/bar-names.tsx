// Unit names beside horizontal bars (wrapped to a column) or, on a phone, above them: whole in a hover title either way.
import { CHART_FONT_PX, fitText, textWidth, wrapText } from './text-measure';

/** Below this width a bar chart writes each name above its bars, so the bars get the whole width. */
export const NAMES_ABOVE_BELOW_PX = 480;
/** Tick line and margin between an axis and its labels. */
export const TICK_GAP_PX = 8;

export type NameColumn = { width: number; lines: number };

/** Room for the names on one line if it fits in about two fifths of the chart, otherwise two lines in that room. */
export function nameColumn(names: readonly string[], chartWidth: number): NameColumn {
  const room = Math.min(280, Math.max(90, Math.round(chartWidth * 0.4)));
  const widest = Math.max(0, ...names.map((name) => textWidth(name)));
  if (widest <= room) return { width: Math.ceil(widest) + TICK_GAP_PX + 4, lines: 1 };
  return { width: room + TICK_GAP_PX + 4, lines: 2 };
}

export type TickProps = { x?: number | string; y?: number | string; payload?: { value?: unknown; index?: number } };

/** A name beside its bars, wrapped to the column, whole in its hover title. */
function NameTick({ x, y, payload, column, fill }: TickProps & { column: NameColumn; fill: string }) {
  const name = String(payload?.value ?? '');
  const lines = wrapText(name, column.width - TICK_GAP_PX - 4, column.lines);
  return (
    <text x={Number(x)} y={Number(y)} textAnchor="end" fontSize={CHART_FONT_PX} fill={fill}>
      <title>{name}</title>
      {lines.map((line, index) => (
        <tspan key={index} x={Number(x)} dy={index === 0 ? `${0.355 - (lines.length - 1) * 0.6}em` : '1.2em'}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** The `tick` of a category axis of names. */
export function nameTick(column: NameColumn, fill: string) {
  return function Tick(props: TickProps) {
    return <NameTick {...props} column={column} fill={fill} />;
  };
}

export type LabelBox = { viewBox?: { x?: number; y?: number; width?: number; height?: number }; value?: unknown };

/** On a phone, a name written above its bars from the left edge of the plot, cut only where the card ends. */
export function nameAbove(left: number, width: number, fill: string) {
  return function NameAbove({ viewBox, value }: LabelBox) {
    const name = String(value ?? '');
    return (
      <text x={left} y={Number(viewBox?.y) - 4} fontSize={CHART_FONT_PX} fill={fill}>
        <title>{name}</title>
        {fitText(name, width)}
      </text>
    );
  };
}

/** Half a tick label and a pixel: what the first tick of an axis needs left of the plot. */
export function halfLabel(label: string): number {
  return Math.ceil(textWidth(label) / 2) + 1;
}
