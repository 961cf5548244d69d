/// <reference types="vite/client" />

/** Where "Exit this page" goes; set at build time with EXIT_URL (vite.config.ts). */
declare const __EXIT_URL__: string;
