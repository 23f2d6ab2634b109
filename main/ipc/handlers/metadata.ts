import { applyMetadataEdits, MetadataEditError } from '../../library/metadataEdits';
import { HandlerError } from '../handlerError';
import type { Handler } from './context';

export const metadataHandlers: {
  'metadata:edit': Handler<'metadata:edit'>;
} = {
  'metadata:edit': ({ edits }, { db }) => {
    try {
      applyMetadataEdits(db, edits);
    } catch (error) {
      if (error instanceof MetadataEditError) throw new HandlerError(error.code, error.message);
      throw error;
    }
  },
};
