import { transaction } from '../../../db/connection';
import { listOutletNames, renameOutlet } from '../../../db/queries/outlets';
import { HandlerError } from '../handlerError';
import type { Handler } from './context';
import { actionTime } from '../../library/actionTime';

export const outletHandlers: {
  'outlets:list': Handler<'outlets:list'>;
  'outlets:rename': Handler<'outlets:rename'>;
} = {
  'outlets:list': (_arg, { db }) => listOutletNames(db),
  'outlets:rename': ({ from, to, only }, { db }) => {
    transaction(db, () => {
      // a name no outlet has renames nothing, and leaves nothing in the log
      if (renameOutlet(db, from, to, actionTime(), only).length === 0) throw new HandlerError('not-found', `no outlet is called "${from}"`);
    });
    return listOutletNames(db);
  },
};
