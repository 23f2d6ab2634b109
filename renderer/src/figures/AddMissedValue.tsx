// A value a source gave that the extraction missed, added by the researcher
// to this figure from its detail: the version it is in and its words as the
// text has them (they locate it, and quote it). Undo takes it back through
// the history.
import { useMemo, useState } from 'react';
import type { ArticleSummary, EventFigure } from '../../../main/core/model';
import { formatTime } from '../shared/format';
import { AddValueForm } from '../reader/AddValueForm';
import { AddedValue, type JustAdded } from '../reader/AddedValue';

export function AddMissedValue(props: { figure: EventFigure; articles: ArticleSummary[] }) {
  const { figure, articles } = props;
  // the form (a list of every version: a thousand in a large event) is drawn once first opened, not with every figure shown;
  // drawn, it stays, with what was typed in it
  const [opened, setOpened] = useState(false);
  const [added, setAdded] = useState<JustAdded | null>(null);
  return (
    <details className="fig-add" data-testid="fig-add" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>Add a value the extraction missed…</summary>
      {added && <AddedValue added={added} onUndone={() => setAdded(null)} />}
      {opened && <MissedValueForm figure={figure} articles={articles} onAdded={setAdded} />}
    </details>
  );
}

function MissedValueForm(props: { figure: EventFigure; articles: ArticleSummary[]; onAdded(added: JustAdded): void }) {
  const { figure, articles, onAdded } = props;
  const versions = useMemo(() => articles.flatMap((a) => a.versions.map((v, i) => ({ id: v.id, name: `${a.title} — v${i + 1}, ${formatTime(v.capturedAt)}` }))), [articles]);
  return (
    <AddValueForm
      place={{ kind: 'typed', versions, versionId: figure.members.at(-1)?.versionId ?? versions[0]?.id ?? null }}
      figure={figure}
      onAdded={(claim, words, entry) => onAdded({ claim, words, entry })}
    />
  );
}
