/** The home page's demo code samples (apps/codesamples). */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { renderMarkup } from "@/lib/platform/markup";

const SAMPLES = [
  {
    code: "# Lists grow as you need\ncolours = ['red', 'green']\ncolours.append('blue')\nprint(len(colours))  # 3",
    copy: "<h3>Compound data types</h3><p>Lists, dictionaries and sets are built in, and they come with methods for the everyday jobs.</p>",
  },
  {
    code: "# Loop over anything iterable\nfor word in 'spam eggs ham'.split():\n    print(word.upper())",
    copy: "<h3>Familiar control flow</h3><p>for and while loops, if and match statements read the way you would say them.</p>",
  },
  {
    code: "def greet(name='world'):\n    return f'Hello, {name}!'\n\nprint(greet('Python'))",
    copy: "<h3>Functions</h3><p>Define functions with default and keyword arguments; f-strings format the results.</p>",
  },
  {
    code: ">>> 17 / 4\n4.25\n>>> 17 // 4\n4\n>>> 2 ** 10\n1024",
    copy: "<h3>Interactive arithmetic</h3><p>The interpreter works as a calculator; operators behave as you expect.</p>",
  },
  {
    code: "name = input('Your name? ')\nprint('Nice to meet you,', name)",
    copy: "<h3>Quick to learn</h3><p>A useful program fits in two lines, with no ceremony around it.</p>",
  },
];

function escape(text: string) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export async function seedCodeSamples(db: PrismaClient, creatorId: number | null) {
  if ((await db.codeSample.count()) === 0) {
    for (const s of SAMPLES) {
      const code = `<pre><code>${escape(s.code)}</code></pre>`;
      await db.codeSample.create({
        data: {
          isPublished: true,
          creatorId,
          code,
          codeMarkupType: "html",
          codeRendered: renderMarkup(code, "html"),
          copy: s.copy,
          copyMarkupType: "html",
          copyRendered: renderMarkup(s.copy, "html"),
        },
      });
    }
  }
}
