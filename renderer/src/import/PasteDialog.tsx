import { useState } from 'react';
import { useModal } from '../shared/useModal';
import type { PastedDetails } from './useImport';

/** Paste an article's text: for pages that cannot be saved, or a quote from a wire feed. */
export function PasteDialog(props: {
  /** Text already pasted outside the dialog (Ctrl+V on the library). */
  initialText: string;
  onClose(): void;
  onImport(text: string, title: string, details: PastedDetails): void;
}) {
  // shown while mounted: each opening starts from the text pasted outside (or none), with no title
  const dialog = useModal();
  const [text, setText] = useState(props.initialText);
  const [title, setTitle] = useState('');
  // a pasted text keeps no page around it: who published it, where and when are the researcher's to give
  const [details, setDetails] = useState<Required<PastedDetails>>({ outlet: '', url: '', publishedAt: '' });

  const submit = (): void => {
    if (!text.trim()) return;
    props.onImport(text, title, details);
  };
  const detail = (key: keyof PastedDetails, label: string, placeholder: string) => (
    <label className="paste-detail">
      {label}
      <input value={details[key]} placeholder={placeholder} maxLength={300} onChange={(e) => setDetails((d) => ({ ...d, [key]: e.target.value }))} />
    </label>
  );

  return (
    <dialog ref={dialog} className="paste-dialog" aria-labelledby="paste-heading" onClose={props.onClose}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <h2 id="paste-heading">Paste an article</h2>
        <label htmlFor="paste-title">Headline (optional: the first line is used otherwise)</label>
        <input id="paste-title" value={title} onChange={(e) => setTitle(e.target.value)} />
        <label htmlFor="paste-text">Text</label>
        <textarea
          id="paste-text"
          rows={14}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              submit();
            }
          }}
        />
        <fieldset className="paste-details">
          <legend>Who published it, where and when (optional)</legend>
          {detail('outlet', 'Outlet', 'Reuters')}
          {detail('url', 'Address', 'https://…')}
          {detail('publishedAt', 'Published', '2016-03-22 10:05 GMT')}
        </fieldset>
        <div className="row end">
          <span className="meta">Ctrl+Enter imports</span>
          <button type="button" className="quiet" onClick={props.onClose}>
            Cancel
          </button>
          <button type="submit" disabled={!text.trim()}>
            Import text
          </button>
        </div>
      </form>
    </dialog>
  );
}
