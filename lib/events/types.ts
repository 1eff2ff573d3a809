export type UpcomingEvent = {
  id: number;
  title: string;
  calendarSlug: string;
  start: Date;
  end: Date;
  allDay: boolean;
  venue: string | null;
};

export type Venue = { id: number; name: string; address: string | null; url: string | null };

/** One event in a listing, with the occurrence the listing is about (next, previous or now). */
export type EventSummary = {
  id: number;
  title: string;
  calendarSlug: string;
  featured: boolean;
  zone: string;
  venue: Venue | null;
  start: Date;
  /** Exclusive: an all-day occurrence ends at the midnight after its last day. */
  end: Date;
  allDay: boolean;
  excerpt: string;
};

export type ListingKind = "upcoming" | "past" | "now";

export type ListingFilter = {
  calendarId?: number;
  categoryId?: number;
  venueId?: number;
  featured?: boolean;
};

export type EventPage = { items: EventSummary[]; total: number };

export type CalendarInfo = {
  id: number;
  slug: string;
  name: string;
  description: string | null;
  timeZone: string;
  url: string | null;
  rss: string | null;
  twitter: string | null;
};
