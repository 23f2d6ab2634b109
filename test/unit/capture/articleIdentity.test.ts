import { describe, expect, it } from 'vitest';
import { titleKey, urlKey } from '../../../main/core/capture/articleIdentity';

const CANONICAL = 'news.example.org/world/2021/02/26/syria-strikes-toll';

describe('urlKey', () => {
  it('reduces a canonical URL to host and path', () => {
    expect(urlKey('https://news.example.org/world/2021/02/26/syria-strikes-toll')).toBe(CANONICAL);
  });

  it('drops utm_* and fbclid tracking parameters and the fragment', () => {
    expect(
      urlKey(
        'https://news.example.org/world/2021/02/26/syria-strikes-toll?utm_source=twitter&utm_medium=social&fbclid=IwAR0abc#comments',
      ),
    ).toBe(CANONICAL);
  });

  it('drops "www.", a trailing slash and the letter case of the host', () => {
    expect(urlKey('https://WWW.News.Example.org/world/2021/02/26/syria-strikes-toll/')).toBe(CANONICAL);
  });

  it('keeps the parameters that identify the page, sorted by name', () => {
    expect(urlKey('https://www.cbsnews.com/news/article?page=2&id=1234&utm_campaign=x')).toBe('cbsnews.com/news/article?id=1234&page=2');
    expect(urlKey('https://www.cbsnews.com/news/article?id=1234&page=2')).toBe(urlKey('https://cbsnews.com/news/article?page=2&id=1234'));
  });

  it('tells two different articles apart', () => {
    expect(urlKey('https://news.example.org/world/2021/02/26/syria-strikes-toll')).not.toBe(
      urlKey('https://news.example.org/world/2021/02/25/syria-strikes'),
    );
    expect(urlKey('https://www.cbsnews.com/news/article?id=1234')).not.toBe(urlKey('https://www.cbsnews.com/news/article?id=1235'));
  });

  it('returns null for garbage and for nothing', () => {
    expect(urlKey('not a url')).toBeNull();
    expect(urlKey('/world/2021/02/26/syria-strikes-toll')).toBeNull();
    expect(urlKey('')).toBeNull();
    expect(urlKey(null)).toBeNull();
  });
});

describe('titleKey', () => {
  it('gives one key to two saves of a headline differing in quotes, case, spacing and a final full stop', () => {
    const a = titleKey('US airstrikes target Iran-backed militias in Syria in Biden’s first military action');
    const b = titleKey("US Airstrikes  target Iran-backed militias in Syria in Biden's first military action.");
    expect(a).toBe("us airstrikes target iran-backed militias in syria in biden's first military action");
    expect(b).toBe(a);
  });

  it('unifies curly and straight double quotes and dashes', () => {
    expect(titleKey('Strike “killed a handful” of militants – US official')).toBe(titleKey('Strike "killed a handful" of militants - US official'));
  });

  it('drops trailing punctuation and white space, but not inner punctuation', () => {
    expect(titleKey('Death toll from US strikes in eastern Syria rises to 22, monitor says!? \n')).toBe(
      'death toll from us strikes in eastern syria rises to 22, monitor says',
    );
  });

  it('keeps headlines that differ in their words apart', () => {
    expect(titleKey('Death toll from US strikes in eastern Syria rises to 22, monitor says')).not.toBe(
      titleKey('Death toll from US strikes in eastern Syria rises to 17, monitor says'),
    );
  });

  it('returns null when nothing is left', () => {
    expect(titleKey('  ...  ')).toBeNull();
    expect(titleKey(null)).toBeNull();
  });
});
