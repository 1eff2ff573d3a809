const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

/** A <time> element with an ISO datetime and a short UTC date (python.org shows dates in UTC). */
export function DateTime({ value }: { value: Date }) {
  return <time dateTime={value.toISOString()}>{dateFormat.format(value)}</time>;
}
