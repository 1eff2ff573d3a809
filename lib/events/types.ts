export type UpcomingEvent = {
  id: number;
  title: string;
  calendarSlug: string;
  start: Date;
  end: Date;
  allDay: boolean;
  venue: string | null;
};
