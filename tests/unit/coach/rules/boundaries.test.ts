import boundaries from '@/lib/coach/rules/boundaries';
import { runRuleTests } from '../rule-tester';

const SEED_TOILET = 'Zit al een half uur op de plee, mijn collega in het hokje naast me ligt in coma. Had ik vanmiddag maar geen bonensoep gegeten.';

runRuleTests(boundaries, {
  valid: [
    { text: "1 year ago today I woke up with a horrible hangover and told myself I'm done. I owe who I am today to sobriety.", platform: 'instagram' }, // a hangover told in a story of quitting is the start of a change, not oversharing
    { text: 'Een jaar geleden werd ik wakker met een flinke kater. Sindsdien ben ik gestopt met drinken, en ik voel me beter dan ooit.', platform: 'linkedin' }, // the Dutch recovery story
    { text: SEED_TOILET, platform: 'x', mode: 'personal' }, // personal mode: boundaries stay silent
    { text: 'Vanochtend pannenkoeken gebakken voor mijn kinderen voordat ik naar de training ging.', platform: 'linkedin' }, // seed 000 recommends pancakes and kids
    { text: 'Hiked a stretch of the Pieterpad last weekend with my two kids. What recharges you?', platform: 'linkedin' }, // hiking with kids
    { text: 'Lunch today with our new interns: homemade soup and far too much bread.', platform: 'facebook' }, // lunch is fine
    { text: 'Heb je last van diarree of overgeven? Blijf thuis tot 48 uur na de laatste klachten.', platform: 'x' }, // health information, not about the writer
    { text: 'Onze kater Moos is het nieuwe kantoordier. Hij zit het liefst op het toetsenbord.', platform: 'instagram' }, // "kater" the cat
    { text: 'We see more young people drunk at the emergency department on Friday nights.', platform: 'linkedin' }, // prevention work, not a confession
    { text: 'Goed nieuws: ons buurthuis heeft eindelijk een toilet voor rolstoelgebruikers.', platform: 'linkedin' }, // an accessible toilet is news
    { text: 'Vandaag met het team high tea bij onze buren. Wie kan hun appeltaart verslaan?', platform: 'threads' }, // "high" in high tea
    { text: 'Mijn dochter leert nu zelf op het potje poepen. Trotse ouder hier.', platform: 'facebook' }, // potty training is a kids story
    { text: 'Our joint venture with the library starts in May.', platform: 'linkedin' }, // "joint" in business sense
    { text: 'Last year I burned out. Today I am back, four days a week. What helped you recover?', platform: 'linkedin' }, // a personal story is welcome (seed 004 point 10)
    { text: 'Lees #dronken en #plee als voorbeelden van slechte hashtags.', platform: 'x' }, // hashtags are syntax, not words
    { text: 'Gisteren op de bruiloft van mijn zus veel te veel wijn gedronken.', platform: 'x', mode: 'personal' }, // personal mode
  ],
  invalid: [
    { text: 'Best day of the trip was getting trashed at the science museum with my buddies.', platform: 'bluesky', errors: [{ messageId: 'tooPrivate' }] }, // "getting trashed" is intoxication (rubric: crude or too-private content)
    { text: 'Na de borrel waren we allemaal laveloos, niemand weet meer hoe hij thuiskwam.', platform: 'linkedin', uiLocale: 'nl', errors: [{ messageId: 'tooPrivate' }] }, // "laveloos": dead drunk
    { text: SEED_TOILET, platform: 'x', errors: [{ messageId: 'tooPrivate', severity: 'warning', ranges: [[26, 30]] }] }, // the seed's own example
    { text: "Still hungover from last night's team drinks, I can't remember how I got home.", platform: 'linkedin', errors: [{ messageId: 'tooPrivate' }] }, // hangover in work mode
    { text: 'Gisteren zo dronken geworden op de borrel dat ik mijn presentatie vergat.', platform: 'linkedin', uiLocale: 'nl', errors: [{ messageId: 'tooPrivate' }] }, // drunk, about the writer
    { text: 'I was so drunk at the conference dinner that I pitched our product to a waiter.', platform: 'mastodon', errors: [{ messageId: 'tooPrivate' }] }, // English, about the writer
    { text: 'Threw up twice this morning after the office party and still made the 9am meeting.', platform: 'x', errors: [{ messageId: 'tooPrivate' }] }, // explicit even without "I"
    { text: 'Ik was zo lam dat ik mijn fiets niet meer kon vinden.', platform: 'instagram', errors: [{ messageId: 'tooPrivate' }] }, // Dutch slang for drunk
    { text: 'Pro tip from someone who got absolutely wasted at the client dinner: don’t.', platform: 'threads', errors: [{ messageId: 'tooPrivate' }] }, // wasted, with a client
    { text: 'Mijn scheten na die linzensoep hadden vandaag op kantoor een eigen agenda.', platform: 'linkedin', errors: [{ messageId: 'tooPrivate' }] }, // bodily detail
    { text: "Smoked a joint before the team meeting and it was the best brainstorm I've led.", platform: 'bluesky', errors: [{ messageId: 'tooPrivate' }] }, // intoxication at work
    { text: 'Ik moest tijdens de klantafspraak zo nodig poepen dat ik weg moest.', platform: 'facebook', errors: [{ messageId: 'tooPrivate' }] }, // toilet story about the writer
    { text: "I've had the runs all week and spent more time on the toilet than at my desk.", platform: 'facebook', errors: [{ messageId: 'tooPrivate', ranges: [[9, 17], [54, 60]] }] }, // two private details, one nudge
    { text: 'Super team day, maar ik was echt stomdronken op de boot. Worth it.', platform: 'linkedin', errors: [{ messageId: 'tooPrivate' }] }, // mixed Dutch and English
    { text: 'Zat gisteren tot 3 uur te zuipen met klanten, vandaag een brakke kop.', platform: 'x', errors: [{ messageId: 'tooPrivate' }] }, // two explicit words
    { text: 'Na de kerstborrel met een flinke kater aan de slag. Wie ook?', platform: 'linkedin', errors: [{ messageId: 'tooPrivate' }] }, // a hangover needs no "ik"
  ],
});
