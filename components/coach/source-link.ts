import { createContext } from 'preact';

/**
 * How "Read in context" reaches the Sources page. An extension page links to it (`href`); the sidebar, on a web
 * page that can't open the extension's pages, asks the background (`open`). Neither: no link (tests, the CLI).
 */
export interface SourceLink {
  href?(anchor: string): string;
  open?(anchor: string, event: Event): void;
}

export const SourceLinkContext = createContext<SourceLink>({});
