export type CodeSampleHtml = { id: number; codeHtml: string; copyHtml: string };
