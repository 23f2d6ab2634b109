import { useEffect, useState } from 'react';
import type { DiffExportInput } from '../../../main/core/diff/exportBlocks';
import { diffHtml } from '../../../main/core/diff/exportHtml';
import { diffMarkdown } from '../../../main/core/diff/exportMarkdown';
import { errorText } from '../data/api';

/** How long "Copied" stays before the buttons read as before. */
const SAID_FOR_MS = 2500;

/**
 * The comparison copied or saved, as Markdown or as one HTML page. Saving is
 * a download from the page: the browser (or the desktop shell) asks where.
 */
export function DiffExport(props: { input: DiffExportInput; fileName: string }) {
  const [said, setSaid] = useState<string | null>(null);
  useEffect(() => {
    if (!said) return;
    const timer = setTimeout(() => setSaid(null), SAID_FOR_MS);
    return () => clearTimeout(timer);
  }, [said]);

  const done = (what: string) => (): void => setSaid(what);
  const failed = (e: unknown): void => setSaid(`Could not copy: ${errorText(e)}`);

  const copyMarkdown = (): void => {
    navigator.clipboard.writeText(diffMarkdown(props.input)).then(done('Copied as Markdown'), failed);
  };
  const copyHtml = (): void => {
    const html = diffHtml(props.input);
    // rich text where the paste target takes it, the page's source where it takes plain text
    const write =
      typeof ClipboardItem === 'undefined'
        ? navigator.clipboard.writeText(html)
        : navigator.clipboard.write([new ClipboardItem({ 'text/html': new Blob([html], { type: 'text/html' }), 'text/plain': new Blob([html], { type: 'text/plain' }) })]);
    write.then(done('Copied as HTML'), failed);
  };
  const save = (format: 'html' | 'md'): void => {
    if (format === 'html') saveText(diffHtml(props.input), `${props.fileName}.html`, 'text/html');
    else saveText(diffMarkdown(props.input), `${props.fileName}.md`, 'text/markdown');
    setSaid(`Saved as ${format === 'html' ? 'HTML' : 'Markdown'}`);
  };

  // buttons, not a drop-down: arrowing through a closed <select> would save at every step
  return (
    <span className="diff-export row">
      <span className="segmented" role="group" aria-label="Copy the comparison">
        <span className="meta">Copy as</span>
        <button type="button" className="small quiet" aria-label="Copy as Markdown" onClick={copyMarkdown}>
          Markdown
        </button>
        <button type="button" className="small quiet" aria-label="Copy as HTML" onClick={copyHtml}>
          HTML
        </button>
      </span>
      <span className="segmented" role="group" aria-label="Save the comparison">
        <span className="meta">Save as</span>
        <button type="button" className="small quiet" aria-label="Save as HTML…" title="Save as an HTML page that needs nothing else" onClick={() => save('html')}>
          HTML…
        </button>
        <button type="button" className="small quiet" aria-label="Save as Markdown…" onClick={() => save('md')}>
          Markdown…
        </button>
      </span>
      <span className="meta" role="status" data-testid="export-status">
        {said}
      </span>
    </span>
  );
}

function saveText(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // the download has its bytes once it starts; the address is freed after
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
