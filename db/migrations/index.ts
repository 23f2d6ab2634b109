// The schema's history, oldest first. A shipped migration is never edited:
// a change to the schema is a new numbered file here, with its own test.
import type { WritableDb } from '../connection';
import * as m0001 from './0001-library';
import * as m0002 from './0002-version-search';
import * as m0003 from './0003-claims';
import * as m0004 from './0004-curation';
import * as m0005 from './0005-original-articles';
import * as m0006 from './0006-claim-frames';
import * as m0007 from './0007-extractions';
import * as m0008 from './0008-claim-search';
import * as m0009 from './0009-claim-search-terms';
import * as m0010 from './0010-added-claims';
import * as m0011 from './0011-publication';
import * as m0012 from './0012-metadata-edits';
import * as m0013 from './0013-library-actions';
import * as m0014 from './0014-outlet-names';
import * as m0015 from './0015-article-placements';
import * as m0016 from './0016-history-undos';
import * as m0017 from './0017-archive-captures';
import * as m0018 from './0018-mhtml-format';
import * as m0019 from './0019-pdf-format';
import * as m0020 from './0020-library-clock';

export interface Migration {
  version: number;
  name: string;
  up(db: WritableDb): void;
}

export const MIGRATIONS: readonly Migration[] = [m0001, m0002, m0003, m0004, m0005, m0006, m0007, m0008, m0009, m0010, m0011, m0012, m0013, m0014, m0015, m0016, m0017, m0018, m0019, m0020];
