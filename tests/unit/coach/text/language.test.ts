import { describe, expect, it } from 'vitest';
import { detectSampleLanguage, LanguageDetector, languageSample } from '@/lib/coach/text/language';
import { tokenize } from '@/lib/coach/text/tokenize';
import type { DraftLanguage } from '@/lib/coach/types';

const words = (text: string) => tokenize(text).filter((token) => token.kind === 'word');
const detectFresh = (text: string): DraftLanguage => new LanguageDetector().detect(words(text));

describe('language detection', () => {
  it.each<[string, DraftLanguage]>([
    // a plain Dutch post
    ['Vandaag hebben we met het hele team de nieuwe werkplaats geopend. Wat een mooie dag was dat.', 'nl'],
    // the same post in English
    ['Today we opened the new workshop with the whole team. What a great day that was for all of us.', 'en'],
    // the seed's cake-shop example
    ['Wij hebben een taartcompetitie gewonnen. Wij hebben een high tea met allerlei gebakjes uit eigen keuken.', 'nl'],
    // a question to the reader in Dutch
    ['Hoe pak jij dit aan? Ik ben benieuwd naar jullie ervaringen met thuiswerken en de balans tussen werk en privé.', 'nl'],
    // and in English
    ['How do you handle this? I am curious about your experiences with remote work and balancing work and life.', 'en'],
    // under 40 letters franc guesses wildly (wooorm/franc#57): undetermined
    ['Great meeting today with the team', 'und'],
    // short Dutch is undetermined as well
    ['Leuke dag gehad, tot morgen', 'und'],
    // hashtags, links and mentions are syntax: nothing left to detect
    ['#marketing #socialmedia #business #success #motivation #ondernemen https://example.com/long/path @someone', 'und'],
    // a list of loanwords fits both profiles about equally: undetermined
    ['Meeting, deadline, feedback, update, sprint, review, planning, retro, standup, roadmap, backlog', 'und'],
    // English tags around a Dutch sentence do not make it English
    ['#leadership #innovation Vandaag geef ik een workshop over samenwerken in het onderwijs voor docenten. #teamwork', 'nl'],
    // emoji do not count as letters
    ['🎉🎉🎉 Wat een feest was het gisteren bij ons op kantoor met alle collega’s en hun kinderen 🎉', 'nl'],
    // empty text
    ['', 'und'],
  ])('%s', (text, expected) => {
    expect(detectFresh(text)).toBe(expected);
  });

  it('samples words only, counting letters', () => {
    expect(languageSample(words('Hoi @jan #tag https://a.nl 👋 daar'))).toEqual({ sample: 'hoi daar', letters: 7 });
  });

  it('is undetermined below the letter threshold whatever the sample says', () => {
    expect(detectSampleLanguage('the the the the', 12)).toBe('und');
  });
});

describe('LanguageDetector cache', () => {
  const base = 'Vandaag hebben we met het hele team de nieuwe werkplaats geopend en daarna samen gegeten. ';

  it('does not run franc again when one character is typed', () => {
    const detector = new LanguageDetector();
    detector.detect(words(base));
    const before = detector.detectionCount;
    expect(detector.detect(words(`${base}W`))).toBe('nl');
    expect(detector.detect(words(`${base}Wa`))).toBe('nl');
    expect(detector.detectionCount).toBe(before);
  });

  it('detects again once the text changed a lot', () => {
    const detector = new LanguageDetector();
    detector.detect(words(base));
    const english = 'Today we opened the new workshop with the whole team and had dinner together afterwards.';
    expect(detector.detect(words(english))).toBe('en');
    expect(detector.detectionCount).toBe(2);
  });

  it('remembers exact samples, so switching between two drafts detects each only once', () => {
    const detector = new LanguageDetector();
    const english = 'Today we opened the new workshop with the whole team and had dinner together afterwards.';
    for (let round = 0; round < 3; round++) {
      expect(detector.detect(words(base))).toBe('nl');
      expect(detector.detect(words(english))).toBe('en');
    }
    expect(detector.detectionCount).toBe(2);
  });

  it('detects again when the draft grows past the letter threshold', () => {
    const detector = new LanguageDetector();
    expect(detector.detect(words('Vandaag hebben we'))).toBe('und');
    expect(detector.detect(words(base))).toBe('nl');
    expect(detector.detectionCount).toBe(2);
  });
});
