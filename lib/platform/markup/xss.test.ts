import { Parser } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { renderMarkup, type MarkupType } from "./index";

// AC-XSS-1: filter-evasion style payloads, rendered through every markup type.
const payloads = [
  "<script>alert(1)</script>",
  "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
  "<scr<script>ipt>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  '<IMG SRC="javascript:alert(1);">',
  "<IMG SRC=JaVaScRiPt:alert(1)>",
  "<IMG SRC=`javascript:alert(1)`>",
  '<IMG """><SCRIPT>alert(1)</SCRIPT>">',
  "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>",
  "<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x31&#x29>",
  '<IMG SRC="jav\tascript:alert(1);">',
  '<IMG SRC=" &#14;  javascript:alert(1);">',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="JAVASCRIPT:alert(1)">x</a>',
  '<a href="  javascript:alert(1)">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '<a href="//evil.example/">x</a>',
  "<svg onload=alert(1)>",
  "<svg><script>alert(1)</script></svg>",
  '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
  "<math><mtext><script>alert(1)</script></mtext></math>",
  '<iframe src="https://evil.example"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="https://evil.example/x.swf"></object>',
  '<embed src="https://evil.example/x.swf">',
  "<style>body{background:url(javascript:alert(1))}</style>",
  '<div style="background-image: url(javascript:alert(1))">x</div>',
  '<p style="x:expression(alert(1))">x</p>',
  "<body onload=alert(1)>",
  "<input onfocus=alert(1) autofocus>",
  "<details open ontoggle=alert(1)>",
  '<video><source onerror="alert(1)"></video>',
  "<audio src=x onerror=alert(1)>",
  '<form action="javascript:alert(1)"><button>x</button></form>',
  '<base href="javascript:alert(1)//">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<link rel=stylesheet href="javascript:alert(1)">',
  '<table background="javascript:alert(1)"><tr><td>x</td></tr></table>',
  '<td background="javascript:alert(1)">x</td>',
  '<div onmouseover="alert(1)">hover</div>',
  '<a href="https://ok.example/" onclick="alert(1)">x</a>',
  '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
  "<<SCRIPT>alert(1);//<</SCRIPT>",
  '<IMG SRC="javascript:alert(1)"',
  '<a href="jav&#x09;ascript:alert(1)">x</a>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  "<template><script>alert(1)</script></template>",
  "<x onclick=alert(1)>custom element</x>",
  "[x](javascript:alert(1))",
  "[x](JaVaScRiPt:alert(1))",
  "![x](javascript:alert(1))",
  "[x](data:text/html,<script>alert(1)</script>)",
  "<javascript:alert(1)>",
  "`x <javascript:alert(1)>`_",
  ".. image:: javascript:alert(1)",
  ".. raw:: html\n\n   <script>alert(1)</script>",
  "`click <data:text/html,x>`_",
  "`here <vbscript:msgbox(1)>`__",
  ".. _evil: JaVaScRiPt:alert(1)\n\n`evil`_",
  ".. image:: https://ok.example/a.png\n   :target: javascript:alert(1)",
  ".. |logo| image:: data:image/svg+xml,<svg onload=alert(1)>\n\n|logo|",
  ".. code-block:: html\n\n   <script>alert(1)</script>",
  "[x](&#106;avascript:alert(1))",
  "[x](<javascript:alert(1)>)",
  "[x][r]\n\n[r]: javascript:alert(1)",
  "```html\n<script>alert(1)</script>\n```",
  '<a href="javascript&colon;alert(1)">x</a>',
  '<a href="&#0000106;avascript:alert(1)">x</a>',
  '<a href="java\u0000script:alert(1)">x</a>',
  "<svg/onload=alert(1)>",
  '<math href="javascript:alert(1)">x</math>',
  '<img src="https://ok.example/a.png" srcset="javascript:alert(1)">',
  "<img src=x:alert(1) onerror=eval(src)>",
  '<p title="&quot;><script>alert(1)</script>">x</p>',
  "<!--<img src=x onerror=alert(1)>-->",
  "<![CDATA[<script>alert(1)</script>]]>",
];

const types: MarkupType[] = ["html", "markdown", "markdown_unsafe", "restructuredtext", "plain"];

const FORBIDDEN = new Set([
  "script",
  "iframe",
  "object",
  "embed",
  "svg",
  "math",
  "style",
  "form",
  "base",
  "meta",
  "link",
  "template",
  "noscript",
  "input",
  "body",
]);
const URL_ATTRS = new Set([
  "href",
  "src",
  "action",
  "background",
  "srcdoc",
  "data",
  "xlink:href",
  "formaction",
  "srcset",
  "poster",
  "ping",
  "cite",
]);

/** Parses the output as a browser would and lists what could run script. */
function problems(html: string): string[] {
  const found: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (FORBIDDEN.has(name)) found.push(`<${name}>`);
        for (const [attr, value] of Object.entries(attribs)) {
          if (attr.startsWith("on")) found.push(`${name}[${attr}]`);
          if (attr === "style") found.push(`${name}[style]`);
          if (URL_ATTRS.has(attr)) {
            const url = value.replace(/[\s\u0000-\u001f]/g, "");
            if (/^[a-z][a-z0-9+.-]*:/i.test(url) && !/^(https?|mailto):/i.test(url))
              found.push(`${name}[${attr}=${url}]`);
            if (url.startsWith("//")) found.push(`${name}[${attr}] protocol-relative`);
          }
        }
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return found;
}

describe("XSS corpus (AC-XSS-1)", () => {
  it("has at least 50 payloads", () => expect(payloads.length).toBeGreaterThanOrEqual(50));

  for (const type of types) {
    it(`${type}: no script, handler, style or unsafe scheme survives`, () => {
      const failures = payloads
        .map((p) => ({ p, out: renderMarkup(p, type) }))
        .map(({ p, out }) => ({ p, out, issues: problems(out) }))
        .filter((r) => r.issues.length);
      expect(failures).toEqual([]);
    }, 120_000); // reST spawns docutils once per document
  }

  it("the checker itself catches what it must", () => {
    expect(problems('<a href="javascript:x">')).not.toEqual([]);
    expect(problems("<img onerror=x>")).not.toEqual([]);
    expect(problems("<script>")).not.toEqual([]);
    expect(problems('<a href="https://python.org/">')).toEqual([]);
  });
});
