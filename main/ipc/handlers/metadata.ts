import { transaction } from '../../../db/connection';
import { addMetadataEdit, metadataTargetExists } from '../../../db/queries/metadata';
import { checkMetadataValue } from '../../core/metadataEdit';
import { HandlerError } from '../handlerError';
import type { Handler } from './context';

export const metadataHandlers: {
  'metadata:edit': Handler<'metadata:edit'>;
} = {
  // every edit is checked before any is stored: a form's save is all or nothing
  'metadata:edit': ({ edits }, { db }) => {
    const now = new Date();
    const checked = edits.map(({ target, field, value }) => {
      if (!metadataTargetExists(db, target)) throw new HandlerError('not-found', 'versionId' in target ? `no version ${target.versionId}` : `no article ${target.articleId}`);
      const result = checkMetadataValue(field, value, now);
      if ('problem' in result) throw new HandlerError('invalid-argument', result.problem);
      return { target, field, value: result.value };
    });
    transaction(db, () => {
      for (const edit of checked) addMetadataEdit(db, edit.target, edit.field, edit.value, now.toISOString());
    });
  },
};
