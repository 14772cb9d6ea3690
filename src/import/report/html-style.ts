/**
 * The import report page's one stylesheet: Chinese text set for reading,
 * light and dark, a phone's width and up. A figure's or a number's details
 * show on hover and on keyboard focus in a panel fixed to the foot of the
 * window, so they never run off a narrow screen and need no script.
 */
export const STYLE = `
:root {
  color-scheme: light dark;
  --bg: #fdfcf9; --fg: #1f1d1a; --muted: #5b5750; --rule: #d9d4ca; --panel: #ffffff;
  --accent: #9b1c1c; --focus: #1d4ed8;
  --growth: #d8f0dc; --count: #dbe8fb; --share: #efe0f7; --rate: #fbecc8; --rank: #fbdada;
  --edge: #4d4a45;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #171614; --fg: #eceae6; --muted: #b3aea5; --rule: #3b3833; --panel: #24221f;
    --accent: #f2a7a7; --focus: #93b4ff;
    --growth: #1f4a2a; --count: #1d3a63; --share: #46295a; --rate: #5a4314; --rank: #5c2323;
    --edge: #cfcac1;
  }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--fg);
  font: 16px/1.6 system-ui, -apple-system, "Segoe UI", sans-serif;
  padding-bottom: 8rem;
}
:lang(zh) {
  font-family: "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC",
    "Microsoft YaHei", sans-serif;
  line-height: 1.9; letter-spacing: 0.02em; line-break: strict; word-break: normal; overflow-wrap: anywhere;
}
header, main { max-width: 46rem; margin: 0 auto; padding: 0 1rem; }
header { padding-top: 1.5rem; }
h1 { font-size: 1.35rem; line-height: 1.3; margin: 0 0 0.25rem; }
h2 { font-size: 1.1rem; margin: 2rem 0 0.5rem; border-top: 1px solid var(--rule); padding-top: 1rem; }
p, ol, ul, dl { margin: 0.5rem 0; }
.meta { color: var(--muted); margin: 0; }
.check { border-left: 4px solid var(--accent); padding: 0.25rem 0 0.25rem 1rem; }
.check li { margin: 0.35rem 0; }
dl.head { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
dl.head dt { color: var(--muted); }
dl.head dd { margin: 0; }
.sections li { margin: 0.5rem 0; }
.legend { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; padding: 0; list-style: none; color: var(--muted); }
.article { list-style: none; padding: 0; margin: 1rem 0; }
.article li { display: grid; grid-template-columns: 2.5rem 1fr; gap: 0.5rem; padding: 0.2rem 0; }
.article li > a { color: var(--muted); text-align: right; font-size: 0.8rem; padding-top: 0.3rem; }
.article li > p { margin: 0; }
.article .head p { font-weight: 700; }
.article .heading p { font-weight: 700; font-size: 1.05rem; border-bottom: 1px solid var(--rule); }
.article .byline p, .article .page p { color: var(--muted); }
.role { display: inline-block; font: 0.75rem/1.4 system-ui, sans-serif; color: var(--muted); margin-right: 0.5rem;
  border: 1px solid var(--rule); border-radius: 0.25rem; padding: 0 0.3rem; letter-spacing: 0; }
mark.fig { color: var(--fg); border-radius: 0.2rem; padding: 0.05rem 0.1rem; border-bottom: 2px solid var(--edge); }
mark.growth, .key.growth { background: var(--growth); }
mark.count, .key.count { background: var(--count); }
mark.share, .key.share { background: var(--share); }
mark.rate, .key.rate { background: var(--rate); }
mark.rank, .key.rank { background: var(--rank); }
.num { border-bottom: 2px dashed var(--muted); }
.key { display: inline-block; width: 1rem; height: 1rem; vertical-align: -0.15rem; border-radius: 0.2rem;
  margin-right: 0.3rem; border: 1px solid var(--edge); }
.key.unused { background: none; border: none; border-bottom: 2px dashed var(--muted); border-radius: 0; }
.lead { font-weight: 700; }
a { color: var(--focus); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
mark.fig:focus, .num:focus { outline: 3px solid var(--focus); outline-offset: 1px; }
.tip { display: none; }
mark.fig:hover > .tip, mark.fig:focus > .tip, .num:hover > .tip, .num:focus > .tip {
  display: block; position: fixed; left: 0; right: 0; bottom: 0;
  z-index: 1; background: var(--panel); color: var(--fg); border-top: 3px solid var(--focus);
  padding: 0.75rem max(1rem, calc((100% - 44rem) / 2)); font: 0.95rem/1.6 system-ui, sans-serif;
  box-shadow: 0 -4px 16px rgb(0 0 0 / 0.25);
}
.tip b { font-weight: 700; }
`;
