/** Cache tag of the site menus (the sitetree app on python.org). */
export const navigationTags = { navigation: "navigation" } as const;
