// The researcher's corrections of who published a version and when, checked
// and stored in one place for the app (metadata:edit) and the command line
// (`tally edit`): every edit is checked before any is stored.
import { transaction, type WritableDb } from '../../db/connection';
import { addMetadataEdit, metadataTargetExists } from '../../db/queries/metadata';
import { checkMetadataValue, type MetadataEdit } from '../core/metadataEdit';
import { actionTime } from './actionTime';

export class MetadataEditError extends Error {
  constructor(
    readonly code: 'not-found' | 'invalid-argument',
    message: string,
  ) {
    super(message);
  }
}

/** Stores every edit, or none and a MetadataEditError saying in one line what is wrong. */
export function applyMetadataEdits(db: WritableDb, edits: readonly MetadataEdit[], now = new Date(actionTime())): void {
  const checked = edits.map(({ target, field, value }) => {
    if (!metadataTargetExists(db, target)) throw new MetadataEditError('not-found', 'versionId' in target ? `no version ${target.versionId}` : `no article ${target.articleId}`);
    const result = checkMetadataValue(field, value, now);
    if ('problem' in result) throw new MetadataEditError('invalid-argument', result.problem);
    return { target, field, value: result.value };
  });
  transaction(db, () => {
    for (const edit of checked) addMetadataEdit(db, edit.target, edit.field, edit.value, now.toISOString());
  });
}
