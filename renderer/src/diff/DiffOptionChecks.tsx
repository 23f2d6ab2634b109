import type { DiffOptions } from '../../../main/core/model';

/** What case and spacing the comparison ignores, kept for the next comparison too. */
export function OptionChecks(props: { options: DiffOptions; onChange(options: DiffOptions): void }) {
  const { options, onChange } = props;
  return (
    <div className="row diff-options" role="group" aria-label="Compare ignoring">
      <label className="check">
        <input type="checkbox" checked={options.ignoreCase ?? false} onChange={(e) => onChange({ ...options, ignoreCase: e.target.checked })} /> Ignore case
      </label>
      <label className="check">
        <input type="checkbox" checked={options.ignoreWhitespace ?? false} onChange={(e) => onChange({ ...options, ignoreWhitespace: e.target.checked })} /> Ignore whitespace
      </label>
    </div>
  );
}

/** "case and whitespace", or '' when every difference counts. */
export function ignoring(options: DiffOptions): string {
  return [options.ignoreCase ? 'case' : '', options.ignoreWhitespace ? 'whitespace' : ''].filter(Boolean).join(' and ');
}
