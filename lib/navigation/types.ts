export type MenuLink = { id: number; title: string; url: string; hint: string | null };
export type MenuSection = MenuLink & { children: MenuLink[] };
