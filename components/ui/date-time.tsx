const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});
const dateTimeFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
  timeZone: "UTC",
});

/**
 * A <time> element with an ISO datetime and a short UTC date (python.org shows dates in UTC);
 * `withTime` adds the UTC time of day, for logs and runs where minutes matter.
 */
export function DateTime({ value, withTime = false }: { value: Date; withTime?: boolean }) {
  return (
    <time dateTime={value.toISOString()}>
      {withTime ? `${dateTimeFormat.format(value)} UTC` : dateFormat.format(value)}
    </time>
  );
}
