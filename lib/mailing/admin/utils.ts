import { Liquid } from "liquidjs";

const checker = new Liquid({ strictFilters: true, dynamicPartials: false, relativeReference: false });

/** Django's form validation of the template syntax: the parse error, or null when it parses. */
export function templateSyntaxError(source: string): string | null {
  try {
    checker.parse(source);
    return null;
  } catch (e) {
    return e instanceof Error ? e.message.split("\n")[0]!.slice(0, 300) : "The template does not parse.";
  }
}
