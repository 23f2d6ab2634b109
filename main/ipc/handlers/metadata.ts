import { addMetadataEdit, metadataTargetExists } from '../../../db/queries/metadata';
import { checkMetadataValue } from '../../core/metadataEdit';
import { HandlerError } from '../handlerError';
import type { Handler } from './context';

export const metadataHandlers: {
  'metadata:edit': Handler<'metadata:edit'>;
} = {
  'metadata:edit': ({ target, field, value }, { db }) => {
    if (!metadataTargetExists(db, target)) throw new HandlerError('not-found', 'versionId' in target ? `no version ${target.versionId}` : `no article ${target.articleId}`);
    const checked = checkMetadataValue(field, value, new Date());
    if ('problem' in checked) throw new HandlerError('invalid-argument', checked.problem);
    addMetadataEdit(db, target, field, checked.value, new Date().toISOString());
  },
};
