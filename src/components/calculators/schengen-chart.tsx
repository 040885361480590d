import { useTranslation } from 'react-i18next';
import { addDays } from '../../rules/calendar/iso-date.ts';
import { WINDOW_DAYS } from '../../rules/schengen.ts';
import type { SchengenResult } from './schengen-form.ts';

/** Height of the strip in the drawing's units (one unit of width is one day). */
const HEIGHT = 20;

/** Offsets (days from the window's first day) of the first day of each month inside the window. */
function monthStarts(windowStart: string): number[] {
  const out: number[] = [];
  for (let i = 1; i < WINDOW_DAYS; i++) if (addDays(windowStart, i).endsWith('-01')) out.push(i);
  return out;
}

/**
 * The 180-day window ending on the day checked, as a strip: one unit per day, days of stay
 * filled. An image with a full text description (role="img", aria-label); no style
 * attributes (the Content-Security-Policy forbids them): SVG attributes and CSS classes only.
 */
export function SchengenChart({ result }: { result: SchengenResult }) {
  const { t } = useTranslation();
  const stays =
    result.segments.length === 0
      ? t('calc.schengen.chart.noStays')
      : result.segments.map((s) => t('calc.schengen.chart.segment', { from: s.from, to: s.to })).join('; ');
  const label = t('calc.schengen.chart.label', {
    from: result.windowStart,
    to: result.checkDate,
    days: t('calc.common.days', { count: result.used }),
    stays,
  });

  return (
    <figure className="calc-chart">
      <figcaption className="calc-chart-caption">{t('calc.schengen.chart.caption')}</figcaption>
      <svg
        className="calc-chart-svg"
        role="img"
        aria-label={label}
        viewBox={`0 0 ${WINDOW_DAYS} ${HEIGHT}`}
        preserveAspectRatio="none"
        focusable="false"
      >
        <rect className="calc-chart-track" x={0} y={0} width={WINDOW_DAYS} height={HEIGHT} />
        {result.segments.map((s) => (
          <rect key={`${s.from}-${s.to}`} className="calc-chart-stay" x={s.offset} y={0} width={s.days} height={HEIGHT} />
        ))}
        {monthStarts(result.windowStart).map((x) => (
          <line key={x} className="calc-chart-tick" x1={x} x2={x} y1={0} y2={HEIGHT} vectorEffect="non-scaling-stroke" />
        ))}
        <rect
          className="calc-chart-frame"
          x={0}
          y={0}
          width={WINDOW_DAYS}
          height={HEIGHT}
          fill="none"
          vectorEffect="non-scaling-stroke"
        />
      </svg>
      <div className="calc-chart-axis" aria-hidden="true">
        <span>{t('calc.schengen.chart.start', { date: result.windowStart })}</span>
        <span>{t('calc.schengen.chart.end', { date: result.checkDate })}</span>
      </div>
      <ul className="calc-chart-legend" aria-hidden="true">
        <li>
          <svg className="calc-chart-swatch" viewBox="0 0 10 10" focusable="false">
            <rect className="calc-chart-stay" x={0} y={0} width={10} height={10} />
          </svg>
          {t('calc.schengen.chart.legendIn')}
        </li>
        <li>
          <svg className="calc-chart-swatch" viewBox="0 0 10 10" focusable="false">
            <rect className="calc-chart-track calc-chart-swatch-edge" x={0} y={0} width={10} height={10} />
          </svg>
          {t('calc.schengen.chart.legendOut')}
        </li>
      </ul>
    </figure>
  );
}
