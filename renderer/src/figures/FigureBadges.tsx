// A figure's verdict and, when it has any, the mark that the same thing is
// counted in another scope: shown after its label in both views of the figures.
import type { EventFigure } from '../../../main/core/model';
import { STATUS_TITLE } from './figureFormat';

export function FigureBadges({ figure }: { figure: Pick<EventFigure, 'status' | 'related'> }) {
  return (
    <>
      <span className={`badge fig-status status-${figure.status}`} title={STATUS_TITLE[figure.status]} data-testid="fig-status">
        {figure.status}
      </span>
      {figure.related.length > 0 && (
        <span className="badge status-scope" title={`Scope differs from: ${figure.related.map((r) => r.label).join('; ')}`}>
          scope differs
        </span>
      )}
    </>
  );
}
