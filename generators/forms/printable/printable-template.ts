/**
 * The Handlebars template of the printable form. Kept in a module rather than a .hbs file so that the compiled
 * toolkit (dist/lib) can build without reading files next to it. Every value is escaped by Handlebars: titles
 * and descriptions hold no HTML, but they are data, and `<` in a description must print as `<`.
 */

export const PRINTABLE_CSS = `
@page { size: A4; margin: 16mm 14mm 18mm 14mm; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 9.5pt; line-height: 1.35; color: #111; margin: 0; }
h1 { font-size: 17pt; margin: 0 0 4pt; }
h2 { font-size: 13pt; margin: 14pt 0 4pt; padding-bottom: 2pt; border-bottom: 1.5pt solid #111; break-after: avoid; }
h3 { font-size: 11pt; margin: 10pt 0 3pt; break-after: avoid; }
p { margin: 3pt 0; }
.intro { border: 1pt solid #111; padding: 6pt 8pt; margin: 8pt 0; }
.intro ul { margin: 3pt 0; padding-left: 14pt; }
.muted, .hint { color: #444; }
.hint { font-size: 8.5pt; margin: 1pt 0 3pt; }
.only-if { font-size: 8.5pt; font-style: italic; margin: 1pt 0 3pt; }
.repeat { border: 1pt dashed #555; padding: 4pt 8pt 6pt; margin: 6pt 0; }
.repeat-note { font-size: 8.5pt; font-weight: bold; }
.q { break-inside: avoid; margin: 7pt 0 9pt; }
.q-title { font-weight: bold; }
.num { display: inline-block; min-width: 40pt; }
.req { font-weight: normal; font-size: 8pt; border: 0.75pt solid #111; padding: 0 2pt; margin-left: 4pt; }
.choices { display: flex; flex-wrap: wrap; gap: 2pt 12pt; margin: 2pt 0 0 40pt; padding: 0; list-style: none; }
.choices li { white-space: nowrap; }
.code { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 7.5pt; color: #555; }
.box { display: inline-block; width: 8pt; height: 8pt; border: 0.9pt solid #111; vertical-align: -1pt; margin-right: 3pt; }
.box.round { border-radius: 50%; }
.no-answer { margin: 3pt 0 0 40pt; font-size: 8.5pt; }
.no-answer .choices { display: inline-flex; margin: 0 0 0 4pt; }
.line { border-bottom: 0.75pt solid #111; height: 14pt; margin: 0 0 0 40pt; }
.cells { margin: 2pt 0 0 40pt; }
.cell { display: inline-block; width: 12pt; height: 14pt; border: 0.75pt solid #111; margin-right: 1pt; }
.sep { display: inline-block; width: 8pt; text-align: center; }
.part { margin: 3pt 0 0 40pt; }
.part .choices, .part .line, .part .cells { margin-left: 12pt; }
.write-code { margin: 2pt 0 0 40pt; }
footer { margin-top: 14pt; font-size: 8pt; color: #444; }
`;

export const PRINTABLE_TEMPLATE = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{{title}} — paper form</title>
<style>{{css}}</style>
</head>
<body>
<h1>{{title}} — paper form</h1>
<p class="muted">Generated from HTFDS version {{version}}. Type what is written here into the HTFDS form (XLSForm or XForm) or spreadsheet later; the small grey codes are what goes into the report.</p>
<div class="intro">
<p><strong>How to fill it in</strong></p>
<ul>
<li>Round boxes: tick one. Square boxes: tick all that apply.</li>
<li>“Unknown” is not “No”. When there is no answer, tick why: {{#each missingReasons}}{{#if @index}}, {{/if}}{{this}}{{/each}}.</li>
<li>Questions marked <span class="req">required</span> need an answer or a reason for no answer.</li>
<li>Skip a question whose “Answer only if” does not hold.</li>
<li>Where a list is too long to print, write the code from the list named (for example GB for the United Kingdom).</li>
<li>This form will hold personal data once filled in: keep it as your organisation keeps case files.</li>
</ul>
</div>
{{#each blocks}}{{> block this level=2}}{{/each}}
<footer>HTFDS case report, paper form, version {{version}}. Generated from the standard; do not edit by hand.</footer>
</body>
</html>
`;

export const BLOCK_PARTIAL = `<section>
{{#if (eq level 2)}}<h2>{{number}}. {{title}}</h2>{{else}}<h3>{{number}} {{title}}</h3>{{/if}}
{{#if description}}<p class="hint">{{description}}</p>{{/if}}
{{#if onlyIf}}<p class="only-if">Answer only if {{onlyIf}}.</p>{{/if}}
{{#if repeatNote}}<div class="repeat"><p class="repeat-note">{{repeatNote}}</p>{{#if noneBox}}<p><span class="box"></span>There are none</p>{{/if}}{{/if}}
{{#each items}}{{#if question}}{{> question question}}{{else}}{{> block block level=3}}{{/if}}{{/each}}
{{#if repeatNote}}</div>{{/if}}
</section>
`;

export const QUESTION_PARTIAL = `<div class="q">
<div class="q-title"><span class="num">{{number}}</span>{{label}}{{#if required}}<span class="req">required</span>{{/if}}</div>
{{#if hint}}<p class="hint" style="margin-left:40pt">{{hint}}</p>{{/if}}
{{#if onlyIf}}<p class="only-if" style="margin-left:40pt">Answer only if {{onlyIf}}.</p>{{/if}}
{{> answer answer}}
{{#if noAnswer.length}}<div class="no-answer">No answer, because: <ul class="choices">{{#each noAnswer}}<li><span class="box round"></span>{{this}}</li>{{/each}}</ul></div>{{/if}}
</div>
`;

export const ANSWER_PARTIAL = `{{#if (eq kind "one")}}<ul class="choices">{{#each choices}}<li><span class="box round"></span>{{label}} <span class="code">{{code}}</span></li>{{/each}}</ul>{{/if}}
{{#if (eq kind "many")}}<ul class="choices">{{#each choices}}<li><span class="box"></span>{{label}} <span class="code">{{code}}</span></li>{{/each}}{{#if none}}<li><span class="box"></span>None of these</li>{{/if}}</ul>{{/if}}
{{#if (eq kind "code")}}<div class="write-code">Write the code{{#if none}}s (or “none”){{/if}} from the list “{{list.name}}” ({{list.size}} codes, in {{list.file}}):</div><div class="line"></div>{{/if}}
{{#if (eq kind "line")}}<div class="line"></div>{{/if}}
{{#if (eq kind "lines")}}<div class="line"></div><div class="line"></div><div class="line"></div>{{/if}}
{{#if (eq kind "number")}}<div class="cells"><span class="cell"></span><span class="cell"></span><span class="cell"></span><span class="cell"></span><span class="cell"></span><span class="cell"></span><span class="cell"></span><span class="cell"></span><span class="cell"></span><span class="cell"></span></div>{{/if}}
{{#if (eq kind "date")}}<div class="cells"><span class="cell"></span><span class="cell"></span><span class="cell"></span><span class="cell"></span><span class="sep">-</span><span class="cell"></span><span class="cell"></span><span class="sep">-</span><span class="cell"></span><span class="cell"></span> <span class="code">year-month-day</span></div>{{/if}}
{{#if (eq kind "month")}}<div class="cells"><span class="cell"></span><span class="cell"></span><span class="cell"></span><span class="cell"></span><span class="sep">-</span><span class="cell"></span><span class="cell"></span> <span class="code">year-month</span></div>{{/if}}
{{#if (eq kind "money")}}{{#each parts}}<div class="part">{{label}}:{{> answer answer}}</div>{{/each}}{{/if}}
`;
