/** The site's one stylesheet, served same-origin: calm, readable, printable; serif for the documents' text. */
export const STYLESHEET = `
:root{--ink:#1f2328;--muted:#5b6470;--rule:#d9dde3;--paper:#fff;--tint:#f4f6f8;--accent:#22384f;--link:#1d4f91;
--serif:Georgia,"Times New Roman","Liberation Serif","DejaVu Serif",serif;--sans:system-ui,-apple-system,"Segoe UI","Liberation Sans","DejaVu Sans",sans-serif}
*{box-sizing:border-box}
html{background:var(--paper);color:var(--ink)}
body{margin:0;font:15px/1.55 var(--sans)}
a{color:var(--link)}a:hover{text-decoration-thickness:2px}
header.site{display:flex;align-items:center;gap:1.5em;flex-wrap:wrap;background:var(--accent);color:#fff;padding:.55em 1.5em}
header.site .brand{color:#fff;font-weight:650;text-decoration:none;letter-spacing:.01em}
header.site nav a{color:#dfe8f1;text-decoration:none;margin-right:1.1em;padding:.15em 0}
header.site nav a[aria-current=page]{color:#fff;border-bottom:2px solid #fff}
header.site .quick-search{margin-left:auto}
header.site input{font:inherit;padding:.25em .5em;border:1px solid #8aa0b5;border-radius:3px;min-width:14em}
main{max-width:72rem;margin:0 auto;padding:1.2em 1.5em 3em}
h1{font-size:1.7em;line-height:1.25;margin:.4em 0 .3em;font-weight:650}
h1 .subtitle{display:block;font-size:.6em;font-weight:400;color:var(--muted)}
h2{font-size:1.25em;margin:1.6em 0 .5em;padding-bottom:.2em;border-bottom:1px solid var(--rule)}
h3{font-size:1.05em;margin:1.2em 0 .4em}
.lede{color:var(--muted);max-width:48em}
.muted{color:var(--muted)}
.notice{background:var(--tint);border-left:4px solid #8a6d2f;padding:.6em .9em;max-width:48em}
table{border-collapse:collapse;margin:.5em 0 1em;font-size:.93em}
th,td{text-align:left;vertical-align:top;padding:.35em .7em;border-bottom:1px solid var(--rule)}
th{font-weight:600;background:var(--tint)}
table.listing{width:100%}
table.data td{font-variant-numeric:tabular-nums}
caption{text-align:left;color:var(--muted);padding:.3em 0}
.status{display:inline-block;white-space:nowrap;padding:0 .45em;border-radius:3px;font-size:.88em;font-weight:600;border:1px solid}
.status-received{color:#2e6b35;border-color:#2e6b35}
.status-due{color:#5b4a12;border-color:#8a6d2f}
.status-overdue{color:#fff;background:#9b2c2c;border-color:#9b2c2c}
.tag{font-size:.78em;border:1px solid var(--muted);border-radius:3px;padding:0 .3em;color:var(--muted)}
.page-nav a{margin-right:1em}
.current{font-size:1.05em;max-width:52em}
figure.chart{margin:1em 0 1.6em}
.chart-svg svg{max-width:100%;height:auto;display:block}
figcaption{color:var(--muted);font-size:.92em;margin:.2em 0 .3em}
details summary{cursor:pointer;color:var(--link)}
ul.tasks{list-style:none;padding-left:1.2em;margin:.3em 0}
ul.tasks>li{margin:.35em 0}
ul.tasks a.num{font-weight:600;margin-right:.2em}
/* the reader */
.doc-head .meta{color:var(--muted);margin:.1em 0}
.doc-title{font:1.15em/1.4 var(--serif);margin:.3em 0}
.adoption,.versions{color:var(--muted);font-size:.93em}
.reader-layout{display:grid;grid-template-columns:15rem minmax(0,1fr);gap:2em;align-items:start}
nav.toc{position:sticky;top:.5em;max-height:95vh;overflow:auto;font-size:.88em;border-right:1px solid var(--rule);padding-right:1em}
nav.toc h2{font-size:1em;border:0;margin:.3em 0}
nav.toc ul{list-style:none;padding:0;margin:0}
nav.toc li{margin:.25em 0}
nav.toc .toc-level-2{padding-left:1em}
.toc-numbers a{display:inline-block;min-width:1.8em;text-align:right;margin:.05em .1em}
.doc-text{font:17px/1.65 var(--serif);max-width:44em}
.doc-text .formula{font-style:italic}
.doc-text h2.doc-heading,.doc-text h3.doc-heading{font-family:var(--sans)}
.para{position:relative;margin:0 0 .8em;scroll-margin-top:1em}
.para p{margin:0}
.para.pre p{text-indent:2em}
a.num{color:var(--ink);text-decoration:none;font-weight:600}
a.num:hover{text-decoration:underline}
ol.items{list-style:none;margin:.35em 0 0;padding-left:2.2em}
li.item{margin:.3em 0;position:relative;scroll-margin-top:1em}
.item-title{font-weight:600}
.page{position:absolute;left:-4.2em;top:.2em;width:3.6em;text-align:right;font:11px/1.2 var(--sans);color:var(--muted)}
.para:target,li.item:target,.doc-heading:target{background:#fff4d6;outline:3px solid #fff4d6}
mark{background:#fde9a6;color:inherit;padding:0 .05em}
mark.fact{background:none;border-bottom:2px solid #b5651d;cursor:help}
mark.fact-task{border-bottom:1px dotted #4d7f4a}
mark.fact-request{border-bottom:1px dashed #2f5d8a}
mark.fact-reporting{border-bottom:2px dashed #7a4e8c}
mark.fact-expiry,mark.fact-ceiling,mark.fact-force,mark.fact-chapter-vii{background:#fde9a6;border-bottom:2px solid #b5651d}
.facts-panel,.links-panel{font-size:.92em;background:var(--tint);padding:.4em 1em .6em;margin-bottom:1.2em;border-radius:4px}
.facts-panel h2,.links-panel h2{font-size:1.05em;border:0;margin:.4em 0}
.facts-panel ul{margin:.3em 0;padding-left:1.2em}
.links-panel dl{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em;margin:.3em 0}
.links-panel dt{color:var(--muted)}
.links-panel dd{margin:0}
.checked-link{margin:.2em 0}
.figures-check p{margin:.2em 0}
ul.figures{margin:.1em 0 .4em;padding-left:1.2em}
.figure-agrees .check{color:#2e6b35;font-weight:700}
.figure-differs .check{color:#9b2c2c;font-weight:700}
mark.fact-mismatch{background:#f8d7d7;border-bottom:2px solid #9b2c2c}
.annex-lines{font:13px/1.45 ui-monospace,"DejaVu Sans Mono",monospace;white-space:pre-wrap;background:var(--tint);padding:.8em;overflow-x:auto}
.annex-title{font-weight:400}
.annexed{border-left:3px solid var(--rule);padding-left:1em}
.warnings{color:#7a4e1d;font-size:.9em}
/* search, forms, upload */
form.search-form,form.compare-form,form.upload-form{display:flex;flex-wrap:wrap;gap:.5em;align-items:center;margin:.6em 0 1.2em}
form input,form select,form button{font:inherit;padding:.35em .55em;border:1px solid #9aa4b0;border-radius:3px;background:#fff}
form input[type=search]{min-width:22em;flex:1}
form button{background:var(--accent);color:#fff;border-color:var(--accent);cursor:pointer}
ol.hits{padding-left:1.4em}
li.hit{margin:0 0 1em}
.hit-head a{font-weight:600}
.snippet{font:16px/1.55 var(--serif);margin:.2em 0}
ol.upload-list{padding-left:1.2em}
li.upload{margin:.4em 0;display:flex;gap:.8em;align-items:center;flex-wrap:wrap}
li.upload .file-name{font-weight:600;min-width:14em}
li.upload progress{width:12em}
li.upload-failed .upload-status{color:#9b2c2c;font-weight:600}
li.upload-ingested .upload-status::before{content:"✓ "}
li.upload-failed .upload-status::before{content:"✗ "}
@media (max-width:800px){.reader-layout{grid-template-columns:1fr}nav.toc{position:static;border:0}.page{position:static;display:inline;margin-right:.5em}}
@media print{header.site,nav.toc,.quick-search,form{display:none}.reader-layout{display:block}main{max-width:none}a{color:inherit}}
`;
