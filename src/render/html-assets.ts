// The report's inline style and script. They live apart from the markup so html.ts reads
// as the page's structure; the page loads nothing else (its CSP forbids it).

// The two sides get the pair of hues the red-green colour blindnesses keep apart (blue and
// orange, from Okabe-Ito), at about the same lightness so neither side looks louder. Claim
// and fact, quiet by default, are much lighter (pale yellow, pale grey), so a critic and a
// claim differ in lightness as well as hue; test/browser/report.test.ts checks that under simulated
// deuteranopia and protanopia, and that the ink keeps WCAG AA on every highlight. Each label
// also has its own underline style and a text tag, so grey print and no colour still tell.
export const STYLE = `
:root {
  --supporter: #0072b2; --supporter-bg: #8ccbf0; --supporter-ink: #004f7c;
  --critic: #d55e00; --critic-bg: #f4a66e; --critic-ink: #9a3b00;
  --claim: #e8c93a; --claim-bg: #fbf0c2; --claim-ink: #6e5300;
  --fact: #a3aab4; --fact-bg: #e4e8ee; --fact-ink: #4a5059;
  --ink: #1d1d1f; --muted: #5b5b66; --rule: #d8d8de;
}
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff; font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }
.page { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; overflow-wrap: anywhere; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 .4rem; }
.muted { color: var(--muted); }
.legend { display: flex; flex-wrap: wrap; gap: .4rem .9rem; align-items: center; margin: .5rem 0; padding: 0; border: 0; }
.legend legend { float: left; margin-right: .5rem; padding: 0; }
.legend label { display: inline-flex; gap: .3rem; align-items: center; cursor: pointer; }
.legend label[hidden] { display: none; }
.legend .all { margin-left: .5rem; padding-left: .9rem; border-left: 1px solid var(--rule); }
.about { margin: 0 0 .75rem; font-size: 1.05rem; }
.pooled { margin-top: 3rem; padding-top: 1rem; border-top: 2px solid var(--rule); }
.numbers { margin-top: 1.5rem; }
.toc ol { padding-left: 1.5rem; }
.overview { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: .5rem 2rem; padding: 1rem; border: 1px solid var(--rule); border-radius: .5rem; background: #fafafc; }
.overview > * { min-width: 0; }
.overview .wide { grid-column: 1 / -1; }
.overview h3 { margin: .25rem 0; font-size: 1rem; }
@media (max-width: 40rem) { .overview { grid-template-columns: minmax(0, 1fr); } }
.gauge-bar { position: relative; display: flex; height: 1.4rem; border-radius: .7rem; overflow: hidden; background: #ececf0; }
.gauge-bar::after { content: ""; position: absolute; left: 50%; top: 0; bottom: 0; border-left: 2px solid var(--ink); }
.gauge-ends { display: flex; justify-content: space-between; margin-top: .2rem; font-size: .9rem; }
.gauge-ends .tag { margin: 0 .3rem; }
.bar-supporter { background: var(--supporter); }
.bar-critic { background: var(--critic); }
.bar-claim { background: var(--claim); }
.bar-fact { background: var(--fact); }
.bar-supporter, .bar-critic, .bar-claim, .bar-fact { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
.counts { border-collapse: collapse; font-size: .95rem; }
.counts th, .counts td { padding: .1rem .6rem .1rem 0; text-align: left; }
.counts td.n { text-align: right; font-variant-numeric: tabular-nums; }
.voices ul { margin: .2rem 0; padding-left: 1.2rem; }
.voices a { color: inherit; }
.sections { list-style: none; margin: 0; padding: 0; font-size: .9rem; }
.sections li { display: grid; grid-template-columns: minmax(0, 14rem) minmax(0, 1fr) auto; gap: .6rem; align-items: center; padding: .15rem 0; }
.sections a { color: inherit; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.gauge-bar, .stack { gap: 2px; }
.stack { display: flex; height: .9rem; border-radius: .2rem; overflow: hidden; background: #ececf0; }
.stack-counts { font-variant-numeric: tabular-nums; color: var(--muted); white-space: nowrap; }
.body { margin-top: 1.5rem; }
.body p { margin: 0 0 1rem; }
.tag { display: inline-block; margin-right: .25rem; padding: 0 .3rem; border: 1px solid currentColor; border-radius: .25rem; font-size: .72em; font-weight: 700; letter-spacing: .02em; line-height: 1.45; text-transform: uppercase; vertical-align: .1em; background: #fff; }
.s { position: relative; padding: .05rem .1rem; border-radius: .2rem; border-bottom: 2px solid; print-color-adjust: exact; -webkit-print-color-adjust: exact; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.s:focus { outline: 3px solid var(--ink); outline-offset: 1px; }
.s-fact { background: var(--fact-bg); border-bottom-style: solid; border-color: var(--fact); }
.s-claim { background: var(--claim-bg); border-bottom-style: dotted; border-color: var(--claim); }
.s-supporter { background: var(--supporter-bg); border-bottom-style: double; border-bottom-width: 3px; border-color: var(--supporter); }
.s-critic { background: var(--critic-bg); border-bottom-style: dashed; border-color: var(--critic); }
.tag-fact { color: var(--fact-ink); }
.tag-claim { color: var(--claim-ink); }
.tag-supporter { color: var(--supporter-ink); }
.tag-critic { color: var(--critic-ink); }
/* A label that is not highlighted is shown quietly: no paint, its tag in grey, still in words. */
.off-fact .s-fact, .off-claim .s-claim, .off-supporter .s-supporter, .off-critic .s-critic { background: none; border-bottom-color: transparent; }
.off-fact .s-fact > .tag, .off-claim .s-claim > .tag, .off-supporter .s-supporter > .tag, .off-critic .s-critic > .tag { color: var(--muted); font-weight: 400; }
.s:target, .s.picked { outline: 3px solid var(--ink); outline-offset: 1px; }
.s { scroll-margin-top: 3rem; }
.tip { display: none; position: absolute; z-index: 2; left: 0; top: 100%; width: max-content; max-width: min(28rem, 90vw); margin-top: .3rem; padding: .4rem .6rem; border-radius: .3rem; background: var(--ink); color: #fff; font-size: .85rem; line-height: 1.4; text-transform: none; white-space: normal; }
.tip-reason { display: block; padding-left: .8rem; text-indent: -.5rem; }
.tip-reason::before { content: "\\2022  "; }
.s:hover > .tip, .s:focus > .tip { display: block; }
footer { margin-top: 3rem; font-size: .85rem; color: var(--muted); }
footer h2 { font-size: 1rem; }
.meanings { display: grid; grid-template-columns: max-content 1fr; gap: .3rem .6rem; margin: 0; }
.meanings dd { margin: 0; }
@media print {
  .tip, .legend input, .legend .all { display: none !important; }
  .page { max-width: none; padding: 0; }
  article, .pooled { break-before: page; }
  article:first-of-type { break-before: auto; }
}
`;

// Optional comfort. The page opens with the sides highlighted and claim and fact quiet (the
// body's off-claim off-fact classes), and without script it stays so. With it, the legend's
// boxes switch a label's highlighting off and on, "Highlight all labels" ticks every box (and
// unticked returns to the sides alone), and following a voice's link marks all its sentences.
export const SCRIPT = `
(() => {
  const boxes = [...document.querySelectorAll('.legend input[data-label]')];
  const all = document.querySelector('.legend input[data-all]');
  const sides = ['supporter', 'critic'];
  const show = () => {
    for (const box of boxes) document.body.classList.toggle('off-' + box.dataset.label, !box.checked);
    all.checked = boxes.every((box) => box.checked);
  };
  for (const box of boxes) {
    box.hidden = false;
    box.addEventListener('change', show);
  }
  all.closest('label').hidden = false;
  all.addEventListener('change', () => {
    for (const box of boxes) box.checked = all.checked || sides.includes(box.dataset.label);
    show();
  });
  show();
  for (const voice of document.querySelectorAll('a.voice[data-sentences]')) {
    voice.addEventListener('click', () => {
      for (const s of document.querySelectorAll('.s.picked')) s.classList.remove('picked');
      for (const id of voice.dataset.sentences.split(' ')) document.getElementById(id)?.classList.add('picked');
    });
  }
})();
`;
