// A comparison exported as Markdown and as HTML: both versions named in the
// header, the figures and each change with its inserted and deleted words, the
// options said; and captured text that tries to be markup stays text.
import { describe, expect, it } from 'vitest';
import { diffTexts } from '../../../main/core/diff/diffTexts';
import type { DiffExportInput, ExportedVersion } from '../../../main/core/diff/exportBlocks';
import { diffHtml, escapeHtml } from '../../../main/core/diff/exportHtml';
import { diffMarkdown, escapeMarkdown } from '../../../main/core/diff/exportMarkdown';
import { extractClaims } from '../../../main/core/extract';
import type { DiffOptions } from '../../../main/core/model';

const REUTERS: ExportedVersion = { outlet: 'Reuters', title: 'Twelve arrested at pension march', label: 'v1', capturedAt: '2023-03-14T09:30:00.000Z', sha256: 'a'.repeat(64) };
const CNN: ExportedVersion = { outlet: 'CNN', title: 'Police detain 19 at march', label: 'v2', capturedAt: '2023-03-14T11:05:00.000Z', sha256: 'b'.repeat(64) };

const BEFORE = 'Police said 12 people were arrested in the capital.\n\nThe march ended peacefully at the town hall.\n\nOrganisers thanked the crowd.';
const AFTER = 'Police said 19 people were arrested in the capital.\n\nThe march ended peacefully at the town hall.\n\nA second march is planned for Friday.';

function input(before: string, after: string, options: DiffOptions = {}, sides = { before: REUTERS, after: CNN }): DiffExportInput {
  const diff = diffTexts({ before, after, claimsBefore: extractClaims(before), claimsAfter: extractClaims(after), options });
  return { diff, ...sides, options, showMinor: false };
}

describe('Markdown', () => {
  it('names both versions, says the options, lists the figure and each change with struck and bold words', () => {
    const md = diffMarkdown(input(BEFORE, AFTER, { ignoreCase: true }));
    expect(md).toContain('**Earlier:** Reuters — Twelve arrested at pension march (v1)');
    expect(md).toContain('**Later:** CNN — Police detain 19 at march (v2)');
    expect(md).toContain('- Captured: 2023-03-14 09:30 UTC');
    expect(md).toContain(`- SHA-256: \`${'b'.repeat(64)}\``);
    expect(md).toContain('Ignoring differences of case.');
    expect(md).toMatch(/^- 12 → 19 \(changed\)/m);
    expect(md).toContain('- **Changed:** Police said ~~12~~ **19** people were arrested in the capital.');
    expect(md).toContain('- **Removed:** ~~Organisers thanked the crowd.~~');
    expect(md).toContain('- **Added:** **A second march is planned for Friday.**');
    // the kept sentence is not listed
    expect(md).not.toContain('town hall');
  });

  it('keeps hostile text as text: no link, image, HTML, code or emphasis comes from a version’s words', () => {
    const hostile = 'Click [here](javascript:alert(1)) or ![x](http://evil.test/x.png) <script>alert(1)</script> *bold* `code` | a | www.evil.test &amp; done.';
    const md = diffMarkdown(input('A calm sentence about the weather today.', hostile));
    const added = md.split('\n').find((l) => l.startsWith('- **Added:**'))!;
    expect(added).toContain('\\[here\\](javascript:alert(1))');
    expect(added).toContain('\\!\\[x\\](http\\://evil.test/x.png)');
    expect(added).toContain('\\<script\\>');
    expect(added).toContain('\\*bold\\*');
    expect(added).toContain('\\`code\\`');
    expect(added).toContain('\\| a \\|');
    expect(added).toContain('www\\.evil.test');
    expect(added).toContain('\\&amp;');
    expect(added).not.toMatch(/(?<!\\)[<[`]/);
    // a hostile outlet name or hash cannot break the header either
    const header = diffMarkdown(input(BEFORE, AFTER, {}, { before: { ...REUTERS, outlet: '**Fake** [x](y)', sha256: '`; rm -rf' }, after: CNN }));
    expect(header).toContain('**Earlier:** \\*\\*Fake\\*\\* \\[x\\](y)');
    expect(header).toContain('- SHA-256: `rmrf`');
    expect(escapeMarkdown('line one\n\n# line two')).toBe('line one # line two');
  });

  it('lists a minor change only when asked for', () => {
    const respaced = BEFORE.replace('the town hall', 'the  town hall');
    const hidden = diffMarkdown(input(BEFORE, respaced));
    expect(hidden).toContain('No sentence changed.');
    expect(diffMarkdown({ ...input(BEFORE, respaced), showMinor: true })).toContain('- **Changed (minor):**');
  });
});

describe('HTML', () => {
  it('is one page with no script and nothing fetched, naming both versions and marking the words', () => {
    const html = diffHtml(input(BEFORE, AFTER));
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).not.toMatch(/<script|<link|<img|src=|href=/i);
    expect(html).toContain('<td>Reuters</td><td>Twelve arrested at pension march</td><td>v1</td><td>2023-03-14 09:30 UTC</td>');
    expect(html).toContain(`<code>${'a'.repeat(64)}</code>`);
    expect(html).toContain('<del>12</del> → <ins>19</ins>');
    expect(html).toContain('Police said <del>12</del><ins>19</ins> people were arrested in the capital.');
    expect(html).toContain('<span class="kind">Added</span><ins>A second march is planned for Friday.</ins>');
    expect(html).toContain('@media print');
    expect(html).toContain('Every difference counts');
  });

  it('escapes hostile text wherever it stands: the words, the title, the outlet and the hash', () => {
    const hostile = 'Officials said "<img src=x onerror=alert(1)>" & 40 homes were lost </li></ul><script>alert(2)</script>.';
    const evil: ExportedVersion = { outlet: '<b onmouseover=alert(3)>Wire</b>', title: '</title><script>alert(4)</script>', label: 'v1', capturedAt: 'soon', sha256: '"><svg onload=alert(5)>' };
    const html = diffHtml(input('Officials said the homes were safe tonight.', hostile, {}, { before: evil, after: CNN }));
    expect(html).not.toMatch(/<script|<img|<svg|<b /i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&quot;');
    expect(html).toContain('&amp; 40 homes');
    expect(html).toContain('<title>&lt;b onmouseover=alert(3)&gt;Wire&lt;/b&gt; — &lt;/title&gt;&lt;script&gt;');
    expect(html).toContain('<td>soon</td>');
    expect(escapeHtml(`<a href='x'>&</a>`)).toBe('&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;');
  });
});
