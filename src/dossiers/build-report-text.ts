// The builder's report in words, for the command's standard error (and any log).
import type { BuildReport } from './build-feed';

const count = (n: number): string => n.toLocaleString('en-US');

export function reportText(report: BuildReport): string[] {
  const leftOut = report.leftOut.reduce((sum, group) => sum + group.count, 0);
  const lines = [
    `${count(report.read)} records read: ${count(report.kept)} kept, ` +
      `${count(report.replaced)} replaced by a later line with the same maHoSo, ${count(leftOut)} left out`,
  ];
  const groups = report.leftOut.slice().sort((a, b) => b.count - a.count);
  for (const group of groups) {
    const more = group.count > group.firstLines.length ? ', …' : '';
    const which = group.firstLines.length === 1 && group.count === 1 ? 'line' : 'lines';
    lines.push(`  left out, ${group.reason}: ${count(group.count)} (${which} ${group.firstLines.join(', ')}${more})`);
  }
  return lines;
}
