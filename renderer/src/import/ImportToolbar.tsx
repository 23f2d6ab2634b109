import { forwardRef, useImperativeHandle, useRef } from 'react';
import { ACCEPTED_EXTENSIONS } from '../../../main/core/capture/fileTypes';
import { ApiError, shell } from '../data/api';
import { perform } from '../data/library';
import { pickedFromInput, type PickedFile } from './collectDroppedFiles';

export interface ImportToolbarHandle {
  pickFiles(): void;
  pickFolder(): void;
}

/**
 * Add files, add a folder, paste text. The desktop shell opens its native
 * picker and imports by path; a browser has only file inputs, which give
 * the files' contents.
 */
export const ImportToolbar = forwardRef<
  ImportToolbarHandle,
  { disabled: boolean; targetName: string; onPaths(paths: string[]): void; onFiles(files: PickedFile[]): void; onPaste(): void; onError(message: string): void }
>(function ImportToolbar(props, ref) {
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);

  const pick = async (folders: boolean): Promise<void> => {
    if (shell === 'web') {
      (folders ? folderInput : filesInput).current?.click();
      return;
    }
    try {
      const paths = await perform('dialog:pickImportPaths', { folders });
      if (paths.length) props.onPaths(paths);
    } catch (e) {
      props.onError(e instanceof ApiError ? e.message : String(e));
    }
  };
  useImperativeHandle(ref, () => ({ pickFiles: () => void pick(false), pickFolder: () => void pick(true) }));

  const fromInput = (input: HTMLInputElement): void => {
    if (input.files?.length) props.onFiles(pickedFromInput(input.files));
    input.value = ''; // picking the same file again must fire `change` again
  };

  return (
    <div className="import-toolbar" role="group" aria-label={`Import into ${props.targetName}`}>
      <button type="button" onClick={() => void pick(false)} disabled={props.disabled} title="Ctrl+O">
        Add files…
      </button>
      <button type="button" onClick={() => void pick(true)} disabled={props.disabled} title="Ctrl+Shift+O">
        Add folder…
      </button>
      <button type="button" onClick={props.onPaste} disabled={props.disabled} title="or press Ctrl+V anywhere">
        Paste text…
      </button>
      <input
        ref={filesInput}
        type="file"
        multiple
        accept={ACCEPTED_EXTENSIONS}
        hidden
        data-testid="file-input"
        onChange={(e) => fromInput(e.currentTarget)}
      />
      <input
        ref={folderInput}
        type="file"
        hidden
        data-testid="folder-input"
        {...{ webkitdirectory: '' }}
        onChange={(e) => fromInput(e.currentTarget)}
      />
    </div>
  );
});
