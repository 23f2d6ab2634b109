import { useEffect, useState } from 'react';

const hasFiles = (e: DragEvent): boolean => Array.from(e.dataTransfer?.types ?? []).includes('Files');

/**
 * Files dragged anywhere over the window: a full-window target while they
 * hover, then `onDrop` with the DataTransfer.
 */
export function DropOverlay(props: { targetName: string; onDrop(data: DataTransfer): void }) {
  const [depth, setDepth] = useState(0);
  const { onDrop } = props;

  useEffect(() => {
    const enter = (e: DragEvent): void => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDepth((d) => d + 1);
    };
    const over = (e: DragEvent): void => {
      if (!hasFiles(e)) return;
      e.preventDefault(); // without this the browser opens the file instead
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = (e: DragEvent): void => {
      if (hasFiles(e)) setDepth((d) => Math.max(0, d - 1));
    };
    const drop = (e: DragEvent): void => {
      if (!hasFiles(e) || !e.dataTransfer) return;
      e.preventDefault();
      setDepth(0);
      onDrop(e.dataTransfer);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [onDrop]);

  if (depth === 0) return null;
  return (
    <div className="drop-overlay" aria-hidden="true">
      <p>
        Drop files or folders to import into <strong>{props.targetName}</strong>
      </p>
    </div>
  );
}
