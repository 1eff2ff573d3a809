export type ActiveBanner = { title: string; message: string; link: string };
