import { describe, expect, it } from 'vitest';
import { captureDocument } from '../../../main/core/capture/captureDocument';
import { MAX_CAPTURE_BYTES } from '../../../main/core/capture/captureError';
import { PNG_HEADER, concat, utf8 } from '../../fixtures/bytes';
import { corpusBytes } from '../../fixtures/corpus';
import { expectRefused } from '../../fixtures/captureRefusals';

describe('captureDocument refuses, with one line saying why', () => {
  it('an empty file (0 bytes)', () => {
    expectRefused('wire-bukamal.txt', new Uint8Array(0), 'empty', /^empty file \(0 bytes\)$/);
  });

  it('a file of only white space', () => {
    expectRefused('wire-bukamal.txt', utf8(' \r\n\t\n  \n'), 'empty', /^empty file \(only white space\)$/);
  });

  it('a PNG image renamed to .txt, naming it a PNG', () => {
    expectRefused('x.txt', PNG_HEADER, 'binary', /^not text: this looks like a PNG image$/);
  });

  it('damaged UTF-8, saying at which byte', () => {
    const before = utf8('Biden’s first military action: ');
    expect(before.length).toBe(33);
    const bytes = concat(before, [0xe2, 0x80], utf8(' 22 killed, “a dozen” rockets'));
    expectRefused('cbs.txt', bytes, 'encoding', /^invalid UTF-8 at byte 33: /);
  });

  it('a file over the size limit, saying its size', () => {
    const bytes = new Uint8Array(MAX_CAPTURE_BYTES + 1).fill(0x61);
    expectRefused('dump.txt', bytes, 'too-large', /^file is 32\.0 MB; Tally captures files up to 32\.0 MB/);
  });

  it('a type Tally does not read', () => {
    expectRefused('report.docx', utf8('US strikes in eastern Syria'), 'unsupported-type', /^\.docx files are not supported; Tally reads \.txt/);
    expectRefused('README', utf8('US strikes in eastern Syria'), 'unsupported-type', /^a file with no extension is not supported/);
  });

  it('an HTML page with navigation and no article', () => {
    const html = utf8(
      '<!doctype html><html><head><title>World News</title></head><body><nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav><footer>© 2021 World News.</footer></body></html>',
    );
    expectRefused('front-page.html', html, 'no-article', /^no article text found in this page/);
  });

  it('a Markdown file whose only content is an HTML block', () => {
    expectRefused('clip.md', utf8('<div class="ad">\n<script>track()</script>\n</div>\n'), 'empty', /^no text left once the markup is removed$/);
  });
});

describe('captureDocument reads the corpus', () => {
  it('a .txt as text, UTF-8, titled by its first line', () => {
    const doc = captureDocument('protest-wire.txt', corpusBytes('protest-wire.txt'));
    expect(doc.format).toBe('text');
    expect(doc.encoding).toBe('UTF-8');
    expect(doc.title).toBe('Carrow pension protest draws crowd of 20,000, police say');
    expect(doc.text).toContain('police said 17 people were detained');
  });

  it('a .md as markdown, UTF-8', () => {
    const doc = captureDocument('monitor-bukamal.md', corpusBytes('monitor-bukamal.txt'));
    expect(doc.format).toBe('markdown');
    expect(doc.encoding).toBe('UTF-8');
    expect(doc.title).toBe('US strikes Iran-backed militia sites near Syria-Iraq border');
    expect(doc.text).toContain('said at least 17 fighters were killed near al Bukamal');
  });

  it('an .html as html, UTF-8, with its page metadata', () => {
    const doc = captureDocument('wire-bukamal.html', corpusBytes('wire-bukamal.html'));
    expect(doc.format).toBe('html');
    expect(doc.encoding).toBe('UTF-8');
    expect(doc.title).toBe('Death toll from US strikes in eastern Syria rises to 22, monitor says');
    // its <title> ends with a section ("| World News"), so the site is named by its address
    expect(doc.publication.outlet).toMatchObject({ value: 'news.example.org', in: 'address' });
    expect(doc.publication.publishedAt).toMatchObject({ value: '2021-02-26T09:15:00.000Z', in: 'page metadata' });
  });

  it('titles a .txt with no usable first line by its file stem', () => {
    const paragraph =
      'The United States carried out its first military action on Thursday under President Biden, targeting infrastructure used by Iranian-backed militant groups in Syria in response to recent rocket attacks in Iraq.';
    const doc = captureDocument('notes/cbs-bukamal-r1.txt', utf8(`${paragraph}\n`));
    expect(doc.title).toBe('cbs-bukamal-r1');
    expect(doc.text).toBe(paragraph);
  });

  it('reads Windows-1252 bytes and reports that encoding', () => {
    // “Café” costs €5 – the Pentagon’s figure
    const bytes = Uint8Array.from([
      0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x63, 0x6f, 0x73, 0x74, 0x73, 0x20, 0x80, 0x35, 0x20, 0x96, 0x20, 0x74, 0x68,
      0x65, 0x20, 0x50, 0x65, 0x6e, 0x74, 0x61, 0x67, 0x6f, 0x6e, 0x92, 0x73, 0x20, 0x66, 0x69, 0x67, 0x75, 0x72, 0x65,
    ]);
    const doc = captureDocument('old.txt', bytes);
    expect(doc).toMatchObject({ encoding: 'windows-1252', text: '“Café” costs €5 – the Pentagon’s figure' });
  });
});
