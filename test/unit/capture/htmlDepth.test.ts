import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { captureDocument } from '../../../main/core/capture/captureDocument';
import { CaptureError } from '../../../main/core/capture/captureError';
import { flattenDeepElements, markupDepth } from '../../../main/core/capture/htmlDepth';

const PARAGRAPHS =
  '<p>Police said 12 people were killed in the attack on Tuesday, officials told reporters in the capital.</p>' +
  '<p>Another 40 people were wounded in the blast near the market, the health ministry said in a statement.</p>' +
  '<p>The interior minister said the attackers had been identified and that arrests were expected within days.</p>';

function nested(levels: number): string {
  return `<html><head><title>Market blast</title></head><body><article>${'<div>'.repeat(levels)}${PARAGRAPHS}${'</div>'.repeat(levels)}</article></body></html>`;
}

describe('markupDepth', () => {
  it('counts nested elements, not void elements, elements a parser closes itself, comments or markup inside scripts', () => {
    expect(markupDepth('<div><section><span>x</span></section></div>')).toBe(3);
    expect(markupDepth('<div><br><img src=a><hr/><input></div>')).toBe(1);
    expect(markupDepth('<ul><li>one<li>two<li>three</ul><p>a<p>b<p>c')).toBe(1);
    expect(markupDepth('<div><!-- <div><div><div> --><script>let s = "<div><div><div>";</script></div>')).toBe(1);
    expect(markupDepth('<div><svg><path d="M0"/><circle r="1"/></svg></div>')).toBe(2);
  });

  it('reads 100,000 levels from the tags alone', () => {
    expect(markupDepth(nested(100_000))).toBe(100_001);
  });
});

describe('a deeply nested page', () => {
  it('nested 100,000 levels deep is refused in one line, before it is parsed', () => {
    const bytes = new TextEncoder().encode(nested(100_000));
    let error: unknown;
    try {
      captureDocument('deep.html', bytes);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CaptureError);
    expect((error as CaptureError).code).toBe('too-deep');
    expect((error as CaptureError).message).toBe(
      'the page nests its elements 100,001 levels deep (an article page nests a few dozen; Tally reads up to 1,000): save the article as text instead',
    );
  });

  it('nested 800 levels deep is read, its paragraphs kept', () => {
    const doc = captureDocument('deep.html', new TextEncoder().encode(nested(800)));
    expect(doc.text.split('\n\n')).toEqual([
      'Market blast',
      'Police said 12 people were killed in the attack on Tuesday, officials told reporters in the capital.',
      'Another 40 people were wounded in the blast near the market, the health ministry said in a statement.',
      'The interior minister said the attackers had been identified and that arrests were expected within days.',
    ]);
  });

  it('unwraps only what lies deeper than the limit, keeping paragraphs and every word', () => {
    const { document } = parseHTML(`<html><body>${'<div>'.repeat(10)}<p>one <b>two</b></p><span>three</span>${'</div>'.repeat(10)}</body></html>`);
    const root = document.documentElement as unknown as Element;
    // html, body and three divs are within the limit; seven divs, the <b> and the <span> are not
    expect(flattenDeepElements(root, 5)).toBe(9);
    expect(root.textContent).toBe('one twothree');
    expect(document.querySelectorAll('p')).toHaveLength(1);
    expect(document.querySelectorAll('div')).toHaveLength(3);
  });
});
