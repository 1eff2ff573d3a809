/** The query box on /search/: a plain GET form, so it works before (and without) JavaScript. */
export function SearchForm({ q }: { q: string }) {
  return (
    <form action="/search/" method="get" role="search" className="join w-full max-w-xl">
      <input
        name="q"
        type="search"
        defaultValue={q}
        maxLength={200}
        aria-label="Search terms"
        className="input join-item w-full"
      />
      <button type="submit" className="btn btn-primary join-item">
        Search
      </button>
    </form>
  );
}
