/** Cache tag of the home page's code samples (apps/codesamples). */
export const codeSamplesTags = { codeSamples: "code-samples" } as const;
