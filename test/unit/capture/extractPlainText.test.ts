import { describe, expect, it } from 'vitest';
import { extractMarkdown, extractPlainText } from '../../../main/core/capture/extractPlainText';

describe('extractPlainText', () => {
  it('turns CRLF line endings into LF and keeps the words as written', () => {
    const { text } = extractPlainText(
      'Carrow pension protest draws crowd of 20,000, police say\r\n\r\nCARROW, March 15 - About 20,000 people marched through Carrow on Saturday.\r\n',
    );
    expect(text).toBe(
      'Carrow pension protest draws crowd of 20,000, police say\n\nCARROW, March 15 - About 20,000 people marched through Carrow on Saturday.',
    );
  });

  it('takes the first non-empty line as the title and drops leading blank lines', () => {
    const { title, text } = extractPlainText(
      '\n\n\nTens of thousands march in Carrow against pension reform\n\nPolice estimated the crowd at 18,000.\n',
    );
    expect(title).toBe('Tens of thousands march in Carrow against pension reform');
    expect(text.startsWith('Tens of thousands march')).toBe(true);
  });

  it('gives no title when the first line is a paragraph of more than 200 characters', () => {
    const paragraph =
      'The United States carried out its first military action on Thursday under President Biden, targeting infrastructure used by Iranian-backed militant groups in Syria in response to recent rocket attacks in Iraq.';
    expect(paragraph.length).toBeGreaterThan(200);
    expect(extractPlainText(`${paragraph}\n\nDefense Secretary Lloyd Austin recommended the attack.`).title).toBeNull();
  });

  it('keeps a title of exactly 200 characters', () => {
    const line = `Iraqi security officials put the number of rockets fired at Erbil at 14 ${'x'.repeat(200)}`.slice(0, 200);
    expect(extractPlainText(`${line}\n\nBody.`).title).toBe(line);
  });
});

describe('extractMarkdown', () => {
  it('strips heading and emphasis markup from the title and the text', () => {
    const doc = extractMarkdown('# Toll rises to **22**\n\nThe war monitor said *most* of the dead belonged to Kataib Hezbollah.\n');
    expect(doc.title).toBe('Toll rises to 22');
    expect(doc.text).toBe('Toll rises to 22\n\nThe war monitor said most of the dead belonged to Kataib Hezbollah.');
  });

  it('keeps a link’s words and drops its address', () => {
    const { text } = extractMarkdown(
      '# Toll rises\n\nThe [Syrian Observatory for Human Rights](https://www.syriahr.com/en/) said 22 were killed.\n',
    );
    expect(text).toContain('The Syrian Observatory for Human Rights said 22 were killed.');
    expect(text).not.toContain('syriahr.com');
  });

  it('makes each list item its own paragraph', () => {
    const { text } = extractMarkdown(
      '# Carrow protest: the figures\n\n- Police: 18,000, later 21,000\n- Organisers: 65,000\n* Arrests: 12, later 19\n',
    );
    expect(text.split('\n\n')).toEqual([
      'Carrow protest: the figures',
      'Police: 18,000, later 21,000',
      'Organisers: 65,000',
      'Arrests: 12, later 19',
    ]);
  });

  it('reads title, source URL, published and author from YAML front matter, and leads with the title', () => {
    const doc = extractMarkdown(
      [
        '---',
        'title: "Death toll from US strikes in eastern Syria rises to 22, monitor says"',
        'source: https://news.example.org/world/2021/02/26/syria-strikes-toll',
        'published: 2021-02-26T09:15:00Z',
        'author: Staff Reporters',
        '---',
        'BEIRUT, Feb 26 - The number of fighters killed in US airstrikes has risen to 22.',
        '',
      ].join('\n'),
    );
    expect(doc).toEqual({
      title: 'Death toll from US strikes in eastern Syria rises to 22, monitor says',
      byline: 'Staff Reporters',
      outlet: null,
      canonicalUrl: 'https://news.example.org/world/2021/02/26/syria-strikes-toll',
      publishedAt: '2021-02-26T09:15:00Z',
      text: 'Death toll from US strikes in eastern Syria rises to 22, monitor says\n\nBEIRUT, Feb 26 - The number of fighters killed in US airstrikes has risen to 22.',
    });
  });

  it('ignores a front-matter source that is not an http(s) URL', () => {
    const doc = extractMarkdown('---\ntitle: Toll rises to 22\nsource: clipboard\n---\nThe toll rose to 22 on Friday.\n');
    expect(doc.canonicalUrl).toBeNull();
    expect(doc.title).toBe('Toll rises to 22');
  });

  it('leaves out a raw HTML block such as a script', () => {
    const { text } = extractMarkdown(
      '# Toll rises to 22\n\n<script>alert(1)</script>\n\nThe Pentagon has not released a casualty figure.\n',
    );
    expect(text).toBe('Toll rises to 22\n\nThe Pentagon has not released a casualty figure.');
  });

  it('leaves out raw HTML inside a paragraph and keeps its words', () => {
    const { text } = extractMarkdown(
      '# Toll rises to 22\n\nThe toll rose to 22 on Friday, <b>the monitor said</b>. <img src="x" onerror="alert(1)">\n',
    );
    expect(text).toContain('the monitor said');
    expect(text).not.toMatch(/<b>|<\/b>|<img|onerror/);
  });
});
