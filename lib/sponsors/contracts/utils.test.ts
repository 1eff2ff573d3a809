/** §8.4 contracts and template tags: next_status, escape_markdown, the benefits/clauses Markdown, fee words, ordinals. */
import { describe, expect, it } from "vitest";
import {
  benefitsAndClauses,
  canMoveContract,
  CONTRACT_NEXT_STATUS,
  contractLines,
  contractStatusError,
  escapeMarkdown,
  numberToWords,
  ordinalDate,
  titleCase,
} from "./utils";

describe("Contract.next_status", () => {
  it("is §5.3's map", () => {
    expect(CONTRACT_NEXT_STATUS).toEqual({
      draft: ["awaiting_signature", "executed"],
      awaiting_signature: ["executed", "nullified"],
      nullified: ["draft"],
      outdated: [],
      executed: [],
    });
    expect(canMoveContract("executed", "nullified")).toBe(false);
    expect(contractStatusError("executed", "nullified")).toBe(
      "Contract with status Executed can't be nullified.",
    );
  });
});

describe("escape_markdown", () => {
  it("backslash-escapes every ASCII punctuation character and nothing else", () => {
    const punct = `!"#$%&'()*+,-./:;<=>?@[\\]^_\`{|}~`;
    expect(escapeMarkdown(punct)).toBe([...punct].map((c) => `\\${c}`).join(""));
    expect(escapeMarkdown("Acme 2026 é")).toBe("Acme 2026 é");
  });
});

describe("benefits list and legal clauses", () => {
  it("footnotes each benefit's clauses, numbers clauses in clause order, lists each clause once", () => {
    const r = benefitsAndClauses(
      [
        { programName: "PSF", displayName: "Logo", clauseIds: [7, 3] },
        { programName: "PyCon", displayName: "Booth", clauseIds: [3] },
        { programName: "PyPI", displayName: "Mention", clauseIds: [] },
      ],
      [
        { id: 7, order: 5, clause: "Second." },
        { id: 3, order: 1, clause: "First." },
        { id: 3, order: 1, clause: "First." },
      ],
    );
    expect(r.benefitsList).toBe("- PSF - Logo [^1] [^2]\n- PyCon - Booth [^1]\n- PyPI - Mention");
    expect(r.legalClauses).toBe("[^1]: First\\.\n[^2]: Second\\.");
    expect(contractLines(r.legalClauses)).toEqual(["[1] First.", "[2] Second."]);
  });

  it("without clauses the list has no footnotes", () => {
    const r = benefitsAndClauses([{ programName: "PSF", displayName: "Logo *big*", clauseIds: [] }], []);
    expect(r).toEqual({ benefitsList: "- PSF - Logo \\*big\\*", legalClauses: "" });
    expect(contractLines(r.benefitsList)).toEqual(["PSF - Logo *big*"]);
  });
});

describe("fee in words and dates", () => {
  it.each([
    [150000, "one hundred and fifty thousand"],
    [7500, "seven thousand, five hundred"],
    [1005, "one thousand and five"],
    [1234567, "one million, two hundred and thirty-four thousand, five hundred and sixty-seven"],
    [0, "zero"],
  ])("num2words(%i)", (n, words) => expect(numberToWords(n)).toBe(words));

  it("titles the words as Django's |title does", () => {
    expect(titleCase("one hundred and fifty thousand")).toBe("One Hundred And Fifty Thousand");
  });

  it.each([
    [1, "1st"],
    [2, "2nd"],
    [3, "3rd"],
    [4, "4th"],
    [11, "11th"],
    [12, "12th"],
    [13, "13th"],
    [21, "21st"],
    [22, "22nd"],
    [31, "31st"],
  ])("day %i has its English suffix", (day, text) => {
    expect(ordinalDate(new Date(Date.UTC(2026, 0, day)))).toBe(`${text} of January 2026`);
  });
});
