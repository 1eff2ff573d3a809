/**
 * The home page's demo code samples (apps/codesamples/factories.py initial_data): five console
 * sessions on python.org's five themes, in our own code and words. The code is stored as a
 * console session ("plain") and highlighted on write, as the admin does.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { renderCodeSample } from "@/lib/code-samples/utils";

export const CODE_SAMPLES = [
  {
    code: `# Say something, then ask something
>>> print("Hello from the interpreter!")
Hello from the interpreter!
>>> city = input("Where are you coding from? ")
Where are you coding from? Lisbon
>>> print(f"Greetings to {city}.")
Greetings to Lisbon.`,
    copy: `<h1>Quick to Pick Up</h1>
<p>Two built-in functions are enough for a first conversation with your computer. People new to
programming get going in minutes, and seasoned developers feel at home the same afternoon.
<a href="https://docs.python.org/3/tutorial/">Start the tutorial</a> to see how far it goes.</p>`,
  },
  {
    code: `# The interpreter as a calculator
>>> 7 + 3 * 2
13
>>> (7 + 3) * 2
20
>>> 22 / 7      # division gives a float
3.142857142857143
>>> 22 // 7     # floor division gives an int
3
>>> 2 ** 16
65536`,
    copy: `<h1>Arithmetic That Reads Right</h1>
<p>Operators follow the precedence you learnt at school, parentheses group as you expect, and
integers grow as large as you need. <a href="https://docs.python.org/3/tutorial/introduction.html#using-python-as-a-calculator">Try
the calculator</a> in the tutorial.</p>`,
  },
  {
    code: `# Lists hold anything, in order
>>> planets = ["Mercury", "Venus", "Earth"]
>>> planets.append("Mars")
>>> for number, name in enumerate(planets, start=1):
...     print(number, name)
...
1 Mercury
2 Venus
3 Earth
4 Mars`,
    copy: `<h1>Collections Built In</h1>
<p>Lists, tuples, dictionaries and sets come with the language. Grow them, slice them and walk
through them; <code>enumerate</code> hands you the position with each item.
<a href="https://docs.python.org/3/tutorial/datastructures.html">More on data structures</a>.</p>`,
  },
  {
    code: `# Loops and decisions
>>> temperatures = [12, 19, 25, 8]
>>> for t in temperatures:
...     if t >= 20:
...         print(t, "warm")
...     else:
...         print(t, "cool")
...
12 cool
19 cool
25 warm
8 cool`,
    copy: `<h1>Control Flow You Already Know</h1>
<p>Python has the statements other languages taught you (<code>if</code>, <code>for</code>,
<code>while</code>, <code>match</code>), and indentation shows at a glance which lines belong
together. <a href="https://docs.python.org/3/tutorial/controlflow.html">Read about control flow</a>.</p>`,
  },
  {
    code: `# A function that lists the Fibonacci numbers below a limit
>>> def fibonacci(limit):
...     a, b = 0, 1
...     while a < limit:
...         yield a
...         a, b = b, a + b
...
>>> list(fibonacci(100))
[0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89]`,
    copy: `<h1>Functions and Generators</h1>
<p>Define a function with <code>def</code>; give it default and keyword arguments, or make it
a generator that yields values one at a time. <a href="https://docs.python.org/3/tutorial/controlflow.html#defining-functions">Defining
functions</a> explains the details.</p>`,
  },
];

/** Idempotent: adds the five samples only when there are none. */
export async function seedCodeSamples(db: PrismaClient, creatorId: number | null) {
  if ((await db.codeSample.count()) > 0) return;
  for (const s of CODE_SAMPLES) {
    const content = { code: s.code, codeMarkupType: "plain", copy: s.copy, copyMarkupType: "html" } as const;
    const { codeHtml, copyHtml } = renderCodeSample(content);
    await db.codeSample.create({
      data: {
        ...content,
        codeRendered: codeHtml,
        copyRendered: copyHtml,
        isPublished: true,
        creatorId,
        lastModifiedById: creatorId,
      },
    });
  }
}
