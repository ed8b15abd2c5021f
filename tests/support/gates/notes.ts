/**
 * Gate: every footnote mark a page uses is explained on the page. A date marked "*" (the source
 * gives none) or an institution marked "†" points at a note; without one, as on the home page's
 * findings once, the mark points at nothing.
 */
import { parseHTML } from 'linkedom';

/** The marks the site uses, each explained by a line of the page that starts with it. */
const marks = ['*', '†'];

/** Lines of the text of <main>, broken where blocks and <br> break them. */
function lines(html: string): string[] {
  const { document } = parseHTML(html);
  const main = document.querySelector('main');
  if (!main) return [];
  for (const skip of main.querySelectorAll('code, pre, script, style, template')) skip.remove();
  for (const br of main.querySelectorAll('br')) br.replaceWith(document.createTextNode('\n'));
  for (const block of main.querySelectorAll('p, li, dt, dd, td, th, caption, figcaption, h1, h2, h3, h4, h5, h6, div, section, tr')) {
    block.prepend(document.createTextNode('\n'));
    block.append(document.createTextNode('\n'));
  }
  return (main.textContent ?? '')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** "page: uses the mark "*" (in "a febrero de 2019*") but no line of the page explains it". */
export function footnoteProblems(page: string, html: string): string[] {
  const text = lines(html);
  return marks.flatMap((mark) => {
    const explained = text.some((line) => line.startsWith(mark));
    const used = text.find((line) => !line.startsWith(mark) && line.includes(mark));
    return used && !explained ? [`${page}: uses the mark "${mark}" (in "${used.slice(0, 80)}") but no line of the page explains it (a note starting with "${mark}")`] : [];
  });
}
