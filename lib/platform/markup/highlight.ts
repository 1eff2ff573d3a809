/** Code highlighting with highlight.js for the languages python.org content uses. */
import hljs from "highlight.js/lib/core";
import bash from "highlight.js/lib/languages/bash";
import c from "highlight.js/lib/languages/c";
import cpp from "highlight.js/lib/languages/cpp";
import css from "highlight.js/lib/languages/css";
import diff from "highlight.js/lib/languages/diff";
import ini from "highlight.js/lib/languages/ini";
import javascript from "highlight.js/lib/languages/javascript";
import json from "highlight.js/lib/languages/json";
import plaintext from "highlight.js/lib/languages/plaintext";
import python from "highlight.js/lib/languages/python";
import pythonRepl from "highlight.js/lib/languages/python-repl";
import shell from "highlight.js/lib/languages/shell";
import sql from "highlight.js/lib/languages/sql";
import typescript from "highlight.js/lib/languages/typescript";
import xml from "highlight.js/lib/languages/xml";
import yaml from "highlight.js/lib/languages/yaml";

const languages = {
  bash,
  c,
  cpp,
  css,
  diff,
  ini,
  javascript,
  json,
  plaintext,
  python,
  "python-repl": pythonRepl,
  shell,
  sql,
  typescript,
  xml,
  yaml,
};
for (const [name, lang] of Object.entries(languages)) hljs.registerLanguage(name, lang);
hljs.registerAliases(["py", "python3"], { languageName: "python" });
hljs.registerAliases(["pycon", "pytb"], { languageName: "python-repl" });
hljs.registerAliases(["sh", "console", "shell-session"], { languageName: "shell" });
hljs.registerAliases(["toml", "cfg"], { languageName: "ini" });
hljs.registerAliases(["html"], { languageName: "xml" });

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** Highlighted HTML for `code` (escaped plain text when the language is unknown). */
export function highlightCode(code: string, language?: string): string {
  const lang = language?.toLowerCase();
  if (!lang || !hljs.getLanguage(lang)) return escapeHtml(code);
  return hljs.highlight(code, { language: lang, ignoreIllegals: true }).value;
}

export function languageClass(language?: string): string {
  const lang = language?.toLowerCase();
  return lang && hljs.getLanguage(lang) ? `hljs language-${lang}` : "hljs";
}
