/**
 * A small server-rendered SVG bar chart (no client JavaScript), with the same numbers in a table
 * for screen readers and anyone who wants exact figures.
 */
export function BarChart({ label, data }: { label: string; data: { key: string; value: number }[] }) {
  const max = Math.max(1, ...data.map((d) => d.value));
  const width = 720;
  const height = 200;
  const barWidth = width / Math.max(1, data.length);
  return (
    <figure className="space-y-2">
      <svg
        viewBox={`0 0 ${width} ${height + 20}`}
        className="bg-base-200 rounded-box w-full max-w-3xl"
        role="img"
        aria-label={`${label}: highest ${max.toLocaleString("en")}`}
      >
        {data.map((d, i) => {
          const h = Math.round((d.value / max) * (height - 10));
          return (
            <g key={d.key}>
              <rect
                x={i * barWidth + 2}
                y={height - h}
                width={Math.max(1, barWidth - 4)}
                height={h}
                className="fill-primary"
              >
                <title>{`${d.key}: ${d.value.toLocaleString("en")}`}</title>
              </rect>
              {(i === 0 || i === data.length - 1 || i % 7 === 0) && (
                <text
                  x={i * barWidth + barWidth / 2}
                  y={height + 15}
                  textAnchor="middle"
                  className="fill-current text-[10px]"
                >
                  {d.key.slice(5)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <details>
          <summary className="cursor-pointer text-sm">{label} as a table</summary>
          <table className="table-xs table" aria-label={label}>
            <tbody>
              {data.map((d) => (
                <tr key={d.key}>
                  <th scope="row">{d.key}</th>
                  <td>{d.value.toLocaleString("en")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </figcaption>
    </figure>
  );
}
