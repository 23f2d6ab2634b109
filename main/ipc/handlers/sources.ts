import { editSource, listSources } from '../../../db/queries/sources';
import type { Handler } from './context';
import { curating } from './curating';
import { actionTime } from '../../library/actionTime';

export const sourceHandlers: {
  'sources:list': Handler<'sources:list'>;
  'sources:edit': Handler<'sources:edit'>;
} = {
  'sources:list': (_arg, { db }) => listSources(db),
  'sources:edit': (edit, { db }) => {
    curating(() => editSource(db, edit, actionTime()));
    return listSources(db);
  },
};
