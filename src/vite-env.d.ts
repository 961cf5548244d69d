/// <reference types="vite/client" />

/** Where "Exit this page" goes; set at build time with EXIT_URL (vite.config.ts). */
declare const __EXIT_URL__: string;

/** The law-review date in each offered language, written at build time (scripts/law-dates.ts). */
declare const __LAW_REVIEWED_DATES__: Readonly<Record<string, string>>;
