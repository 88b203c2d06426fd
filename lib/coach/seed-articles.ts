/**
 * The coaching articles the nudges rest on (the seeds), by file name: the title a reader can recognise, and who
 * wrote it where the article says so. The sidebar names these, never the file.
 */
export interface SeedArticle {
  title: string;
  author?: string;
}

export const SEED_ARTICLES: Readonly<Record<string, SeedArticle>> = {
  '000_7507ea6b21acd829.txt': { title: 'Afrekenen met social media knelpunt nummer 7: resultaten blijven uit' },
  '001_0c5fd95da7adbeb7.txt': { title: 'De social media ijsberg', author: 'Jeanet Bathoorn' },
  '002_f0daf3b66820e365.txt': { title: 'Enthousiast, maar onvoorbereid met social media aan de slag' },
  '003_f6a1136693580ff8.txt': { title: 'Het SAMEN verhaal van goed sociale media-gebruik' },
  '004_95873d2e7dd560ec.txt': { title: 'Slecht social media advies inbegrepen' },
};

/** "“Title”, Author", or the file name when the article is unknown. */
export function seedCitation(seed: string): string {
  const article = SEED_ARTICLES[seed];
  if (!article) return seed;
  return article.author ? `“${article.title}”, ${article.author}` : `“${article.title}”`;
}
