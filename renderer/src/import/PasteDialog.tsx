import { useState } from 'react';
import { useModal } from '../shared/useModal';

/** Paste an article's text: for pages that cannot be saved, or a quote from a wire feed. */
export function PasteDialog(props: {
  /** Text already pasted outside the dialog (Ctrl+V on the library). */
  initialText: string;
  onClose(): void;
  onImport(text: string, title: string): void;
}) {
  // shown while mounted: each opening starts from the text pasted outside (or none), with no title
  const dialog = useModal();
  const [text, setText] = useState(props.initialText);
  const [title, setTitle] = useState('');

  const submit = (): void => {
    if (!text.trim()) return;
    props.onImport(text, title);
  };

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
