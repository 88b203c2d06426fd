/** Realistic drafts for the benchmark: varied sentences, a few tags, a mention and a link, cut at a word. */
const DUTCH = [
  'Vandaag hebben we met het hele team de nieuwe werkplaats in Utrecht geopend.',
  'Wat ons het meest verraste, was hoeveel buren kwamen helpen met verven en sjouwen.',
  'Daarom delen we graag wat we leerden over samenwerken met vrijwilligers uit de wijk.',
  'Hoe pak jij dat aan als je een project start met mensen die je nog niet kent?',
  'Dank aan @wijkteam voor de koffie en de planning, zonder jullie was het niet gelukt.',
  'Meer lezen over de aanpak kan op https://example.nl/blog/werkplaats-utrecht.',
  'Volgende maand organiseren we een open dag voor iedereen die mee wil doen.',
  'We zoeken nog mensen die willen helpen met timmeren, koken of het maken van foto’s.',
];
const ENGLISH = [
  'Today we opened the new workshop in Utrecht together with the whole team.',
  'What surprised us most was how many neighbours showed up to help paint and carry.',
  'That is why we are sharing what we learned about working with local volunteers.',
  'How do you handle it when you start a project with people you have never met?',
  'Thanks to @communityteam for the coffee and the planning, we could not have done it without you.',
  'You can read more about the approach at https://example.com/blog/workshop-utrecht.',
  'Next month we are hosting an open day for everyone who wants to join in.',
  'We are still looking for people who can help with carpentry, cooking or taking photos.',
];

function build(sentences: readonly string[], length: number, tags: string): string {
  let text = '';
  for (let i = 0; text.length < length; i++) {
    text += `${sentences[i % sentences.length]}${i % 3 === 2 ? '\n\n' : ' '}`;
  }
  const body = text.slice(0, length - tags.length - 1);
  return `${body.slice(0, body.lastIndexOf(' '))} ${tags}`.slice(0, length);
}

export interface BenchText {
  name: string;
  platform: 'x' | 'linkedin';
  text: string;
}

export const BENCH_TEXTS: BenchText[] = [
  { name: 'nl 280', platform: 'x', text: build(DUTCH, 280, '#vrijwilligers') },
  { name: 'en 280', platform: 'x', text: build(ENGLISH, 280, '#volunteering') },
  { name: 'nl 3000', platform: 'linkedin', text: build(DUTCH, 3000, '#vrijwilligers #utrecht #samenwerken') },
  { name: 'en 3000', platform: 'linkedin', text: build(ENGLISH, 3000, '#volunteering #utrecht #community') },
];
