import { describe, expect, it } from 'vitest';
import { anchorParagraphs, rewriteTermLinks } from '../../src/lib/bodyHtml';

describe('term links', () => {
  const html = '<p>See <a class="term" href="/en/glossary/#nisc"><abbr title="x">NISC</abbr></a> and <a href="/en/glossary/">all</a>.</p>';
  it('points term marks at the glossary of the page language only', () => {
    expect(rewriteTermLinks(html, 'ja')).toBe('<p>See <a class="term" href="/ja/glossary/#nisc"><abbr title="x">NISC</abbr></a> and <a href="/en/glossary/">all</a>.</p>');
    expect(rewriteTermLinks(html, 'en')).toBe(html);
  });
});

describe('paragraph anchors', () => {
  it('numbers paragraphs and list items, with the ¶ link before a nested list', () => {
    const out = anchorParagraphs('<p>One</p>\n<ul>\n<li>A\n<ul>\n<li>A1</li>\n</ul>\n</li>\n<li>B</li>\n</ul>', 'k', 'Link "here"');
    expect(out).toMatchInlineSnapshot(`
      "<p id="k-p1">One<a class="permalink" href="#k-p1" aria-label="Link &quot;here&quot;" data-pagefind-ignore>¶</a></p>
      <ul>
      <li id="k-p2">A
      <a class="permalink" href="#k-p2" aria-label="Link &quot;here&quot;" data-pagefind-ignore>¶</a><ul>
      <li id="k-p3">A1<a class="permalink" href="#k-p3" aria-label="Link &quot;here&quot;" data-pagefind-ignore>¶</a></li>
      </ul>
      </li>
      <li id="k-p4">B<a class="permalink" href="#k-p4" aria-label="Link &quot;here&quot;" data-pagefind-ignore>¶</a></li>
      </ul>"
    `);
  });

  it('leaves the anchor of a loose list item to its paragraph', () => {
    const out = anchorParagraphs('<ul>\n<li>\n<p>A</p>\n</li>\n</ul>', 'k', 'L');
    expect(out).toBe('<ul>\n<li>\n<p id="k-p1">A<a class="permalink" href="#k-p1" aria-label="L" data-pagefind-ignore>¶</a></p>\n</li>\n</ul>');
  });
});

describe('paragraph link names', () => {
  it('say which paragraph of which part each ¶ links and, as a button, copies', () => {
    const out = anchorParagraphs('<p>One</p>\n<p>Two</p>', 'k', (n) => ({ link: `Link to paragraph ${n} of "(1) A"`, copy: `Copy link to paragraph ${n} of "(1) A"` }));
    expect(out).toBe(
      '<p id="k-p1">One<a class="permalink" href="#k-p1" aria-label="Link to paragraph 1 of &quot;(1) A&quot;" data-copy-label="Copy link to paragraph 1 of &quot;(1) A&quot;" data-pagefind-ignore>¶</a></p>\n' +
      '<p id="k-p2">Two<a class="permalink" href="#k-p2" aria-label="Link to paragraph 2 of &quot;(1) A&quot;" data-copy-label="Copy link to paragraph 2 of &quot;(1) A&quot;" data-pagefind-ignore>¶</a></p>',
    );
  });
});
