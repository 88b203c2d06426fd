import conflict from '@/lib/coach/rules/conflict';
import { runRuleTests } from '../rule-tester';

runRuleTests(conflict, {
  valid: [
    { text: 'Our reef tank update, just in time for spring. #clownfish #aprilfools #antiracist', platform: 'instagram' }, // words of contempt that make ordinary compounds in tags (#clownfish, #aprilfools), or are opposed (#antiracist), scorn nobody
    { text: 'It is foolish to ignore AI in 2025. How does your team use it?', platform: 'linkedin' }, // a flaw said of an idea ("it is foolish to…") is a strong opinion, not contempt for people
    { text: 'New in: #wristwatch #dumbbells #CustomerSuccess', platform: 'instagram' }, // short words of contempt hide in ordinary tags ("twat", "dumb"): only long ones count
    { text: 'I have been so lazy today, tomorrow I start again.', platform: 'x' }, // a flaw the writer says of themself
    { text: 'Sorry, the file is corrupted. Could you send it again?', platform: 'linkedin' }, // flaws also said of things count only before people
    { text: "It's Email Week. Beware of scammers going phishing! Spot a fraudulent email by its sender.", platform: 'facebook' }, // a warning to the reader about scammers scorns nobody present
    { text: 'Low key trash wraps, but they got the best flavors.', platform: 'instagram' }, // "trash" before a noun names a kind of thing
    { text: 'It sucked snow in the back side and then stopped.', platform: 'facebook' }, // "sucked" with an object is literal
    { text: 'Queuing sucks but at least it moves quickly.', platform: 'x' }, // a clause that goes on complains about a thing, as strong opinions may
    { text: 'Honestly, I suck.', platform: 'x' }, // "I suck" mocks the writer
    { text: 'A lazy Sunday with a corrupt file and a useless printer.', platform: 'x' }, // flaws said of things, not people
    { text: 'I felt so stupid when I missed the deadline, lesson learned.', platform: 'linkedin' }, // contempt turned on the writer is no contempt
    { text: 'Hoe dom kan een algoritme zijn? Wie herkent dit?', platform: 'x' }, // "dom" about a thing is not in the list: strong opinion, no contempt
    { text: '@pietjansen Vervelend dat je zo lang moest wachten. Wil je ons je klantnummer sturen via een DM?', platform: 'x', kind: 'comment' }, // calm webcare reply
    { text: "Haha I felt like such an idiot when I realised I'd packed the wrong lunchbox.", platform: 'facebook', kind: 'comment', mode: 'personal' }, // insult aimed at the writer
    { text: 'Ik voelde me eerlijk gezegd een idioot toen ik dit pas na tien jaar ontdekte.', platform: 'linkedin', kind: 'comment' }, // Dutch self-mockery
    { text: 'Je voelt je soms een idioot als het systeem weer eens vastloopt.', platform: 'linkedin', kind: 'comment' }, // generic "je" plus "voelt" is not an insult
    { text: 'I respectfully disagree. In our experience outreach works better than waiting lists.', platform: 'linkedin', kind: 'comment' }, // disagreement is not conflict
    { text: "That's a terrible take, but I appreciate you explaining it.", platform: 'mastodon', kind: 'comment', mode: 'personal' }, // blunt but civil
    { text: 'Sterkte. Mijn moeder had dezelfde soort kanker en is nu drie jaar schoon.', platform: 'bluesky', kind: 'comment', mode: 'personal' }, // "kanker" as the illness
    { text: 'You absolutely killed it on stage today.', platform: 'x', kind: 'comment', mode: 'personal' }, // "killed it" is praise, not a threat
    { text: 'DIT IS ECHT HET BELANGRIJKSTE WAT JE DEZE WEEK GAAT LEZEN.', platform: 'linkedin' }, // capitals in a post are tone, not shouting at someone
    { text: 'NASA AND ESA ARE HIRING', platform: 'x', kind: 'comment' }, // capitals with no one addressed
    { text: 'Wat een prachtige foto! Waar is dit genomen?', platform: 'instagram', kind: 'comment', mode: 'personal' }, // "wat een" before praise
    { text: 'This policy is a mistake and the council should reverse it. Our data: https://example.org/data', platform: 'threads', kind: 'comment' }, // strong opinion with data
    { text: 'Geef #idioot nooit als antwoord, zeg ik tegen @jij.', platform: 'x', kind: 'comment' }, // hashtags and mentions are syntax, not words
    { text: 'Our failed Kickstarter taught us more than any launch since.', platform: 'linkedin' }, // "failed" before a product is no name-calling: no person named
    { text: 'Why Failed Projects Teach Us More Than Wins', platform: 'linkedin' }, // a Title Case heading names nobody
    { text: 'Crazy Monday deals: everything 20% off this week.', platform: 'x' }, // an epithet before a day and a noun, not before a person
    { text: 'Sleepy Hollow draait vanavond in het filmhuis.', platform: 'x' }, // a film title, not a nickname
    { text: 'Crazy Black Friday deals all week in our shop.', platform: 'x' }, // a word that also describes things, before a capitalised feast: no person
    { text: 'Try the new lightweight Nike Air Zoom on your next run.', platform: 'instagram' }, // "lightweight" before a product's name
    { text: 'How to spot fake news: five checks before you share.', platform: 'x' }, // "fake news" as a topic, not a slogan written as a name
    { text: '"This is a disgrace," said the union leader after the vote.', platform: 'x' }, // reported speech in a news post: the quote is not the writer's
    { text: "Trainer Slot: ''Het veld was echt belachelijk slecht vandaag''", platform: 'x' }, // a Dutch headline quote introduced by the speaker's name
    { text: 'Treason is the theme of tonight’s history lecture.', platform: 'x' }, // a verdict word only counts as an exclamation of its own
    { text: 'De honden trillen van het vuurwerk, zo zielig.', platform: 'x' }, // pity ("zo zielig"), not scorn
    { text: 'We moved our data warehouse to Snowflake last spring.', platform: 'linkedin' }, // a word of contempt capitalised mid-sentence is a product's name
    { text: 'De sukkelende economie trekt eindelijk wat aan.', platform: 'x' }, // a word that starts with an insult is no compound insult
    { text: 'Links volgen en dan rechts de brug over.', platform: 'facebook' }, // "links" as a direction, no word of scorn after it
    { text: "@anna brooo my heart just shaking, i thought you're actually her :clown_face::loudly_crying_face:", platform: 'instagram', kind: 'comment' }, // the words of an emoji shortcode name an emoji, they call nobody a clown
    { text: 'April Fools\' Day is our favourite day in the office.', platform: 'linkedin' }, // "Fools'" in a feast's name, capitalised mid-sentence
    { text: "Don't be a scammer.\n\nBuild something that helps people and price it fairly.", platform: 'linkedin' }, // in a post, an insult inside advice calls nobody a name
    { text: 'Tools to know:\n1. Python - https://example.org/py\n2. Snowflake - https://example.org/sf', platform: 'linkedin' }, // a list item of a name and its link names a product
    { text: 'Zie nu pas die rode kaart van gisteren, lachwekkend. Maandag kwijtgescholden lijkt me.', platform: 'x' }, // "lachwekkend" about a decision is a strong opinion, not contempt for people (rubric)
    { text: 'This is a failed experiment, and we learned more from it than from any launch.', platform: 'linkedin' }, // an epithet said of a thing names nobody
    { text: 'Drop dead gorgeous dresses for the gala 😍 Which one is yours?', platform: 'instagram' }, // "drop dead" as praise is no threat
    { text: 'Use dummy data to test the pipeline before the launch.', platform: 'linkedin' }, // "dummy" calls a name only before a person's name
    { text: 'Familie woest om taakstraf: ‘Die rechters zijn walgelijk’ https://t.co/x', platform: 'x' }, // a headline quote in single curly quotes is reported speech
  ],
  invalid: [
    { text: '@CityCouncil grow a pair and enforce your own rules.', platform: 'x', errors: [{ messageId: 'threat' }] }, // "grow a pair": a taunt at the one addressed
    { text: "@WaterBoard What's wrong with you guys? Three leaks this week.", platform: 'x', errors: [{ messageId: 'threat' }] }, // "what's wrong with you" attacks the addressee, not the problem
    { text: '@gemeente Wat is er mis met jullie? Drie weken geen reactie.', platform: 'x', errors: [{ messageId: 'threat' }] }, // the same in Dutch
    { text: 'We glued their locks and cut their cables. Step up Barclays or we\'ll be back.', platform: 'instagram', errors: [{ messageId: 'threat' }] }, // an ultimatum ("or we'll be back", "or face the consequences") threatens
    { text: 'A good reminder of why I switched sides. Nothing but hate for #toryscumbags like that', platform: 'instagram', errors: [{ messageId: 'contempt' }] }, // a hashtag that closes on a word of contempt
    { text: 'New shovel drop **Link** #dankmemes #retardedmemes #edgy', platform: 'instagram', errors: [{ messageId: 'contempt' }] }, // a hashtag that opens with a slur
    { text: 'The drive-thru is always closed, the staff here are lazy.', platform: 'facebook', errors: [{ messageId: 'contempt' }] }, // a flaw of character said of people after "are"
    { text: 'sonic used to be good. now it just sucks.', platform: 'facebook', errors: [{ messageId: 'contempt' }] }, // "sucks" ending its clause dismisses, like a word of contempt
    { text: 'Very sad, Lloyd. You suck Lloyd.', platform: 'facebook', errors: [{ messageId: 'contempt' }] }, // "suck" said to a name
    { text: 'Our lazy PM has not ordered vaccines in time.', platform: 'x', errors: [{ messageId: 'contempt' }] }, // a flaw of character said of a person ("lazy PM")
    { text: 'Die corrupte regering moet weg.', platform: 'x', errors: [{ messageId: 'contempt' }] }, // the Dutch flaw before a body of people
    { text: 'Pathetic excuse by the mayor, who had to think fast on his statement.', platform: 'x', errors: [{ messageId: 'contempt', severity: 'warning' }] }, // contempt for someone not present is still contempt
    { text: 'Dat gespuis bij die demonstratie moet opgepakt worden.', platform: 'facebook', mode: 'personal', errors: [{ messageId: 'contempt', severity: 'tip' }] }, // contempt for a group: a tip among friends
    { text: 'Just blocked his account. Good riddance!', platform: 'bluesky', errors: [{ messageId: 'contempt' }] }, // a contemptuous phrase
    { text: 'Tja, linkse mafklappers, een gelukkig nieuwjaar.', platform: 'x', errors: [{ messageId: 'contempt' }] }, // a Dutch insult for a group ("mafklappers", like the listed "mafkees")
    { text: 'De minister tekende het verdrag, de onbezonnen nitwit.', platform: 'x', errors: [{ messageId: 'contempt' }] }, // an insult for someone not present
    { text: 'The maganazis are out in force in the replies again.', platform: 'bluesky', errors: [{ messageId: 'contempt' }] }, // a slur for a political group's members
    { text: 'Welke imbeciel heeft dit rooster bedacht?', platform: 'x', errors: [{ messageId: 'contempt' }] }, // a Dutch insult for someone not present
    { text: 'Die zwakzinnige wethouder snapt er niks van.', platform: 'x', errors: [{ messageId: 'contempt' }] }, // a Dutch slur as an epithet before a role
    { text: 'Wat een oetlul, die scheidsrechter.', platform: 'x', errors: [{ messageId: 'contempt' }] }, // a Dutch insult for someone not present
    { text: 'Niemand luistert meer naar deze opgeblazen zak lucht.', platform: 'x', errors: [{ messageId: 'contempt' }] }, // "zak lucht": an insult of two words
    { text: 'Doorgeslagen mensen bij die omroep. Ik word er kotsmisselijk van.', platform: 'x', errors: [{ messageId: 'contempt' }] }, // contempt said by "ik" is still contempt
    { text: '@klantenservice Jullie zijn echt een stelletje idioten. Drie weken wachten op een antwoord.', platform: 'x', kind: 'comment', errors: [{ messageId: 'insult', severity: 'problem', ranges: [[47, 54]] }] }, // Dutch insult aimed with "jullie"
    { text: "You're an idiot if you believe this.", platform: 'facebook', kind: 'comment', mode: 'personal', errors: [{ messageId: 'insult', severity: 'problem' }] }, // personal mode too
    { text: 'Wat een sukkel ben jij zeg. Lees eerst het artikel.', platform: 'linkedin', kind: 'comment', errors: [{ messageId: 'insult' }] }, // "wat een" aims the insult
    { text: 'Klootzak. Jij bent precies wat er mis is met dit land.', platform: 'mastodon', kind: 'comment', mode: 'personal', errors: [{ messageId: 'insult' }] }, // address right after the insult
    { text: 'What a pathetic excuse for a company. Scammers, all of you.', platform: 'instagram', kind: 'comment', errors: [{ messageId: 'insult' }] }, // two insults, one nudge
    { text: 'Aan de idioten die vannacht onze fietsenstalling hebben vernield: schaam je.', platform: 'facebook', errors: [{ messageId: 'insult' }] }, // a post can insult too
    { text: 'Hou je bek jij, niemand vroeg om jouw mening.', platform: 'instagram', kind: 'comment', mode: 'personal', errors: [{ messageId: 'threat', ranges: [[0, 10]] }] }, // hostile phrase
    { text: 'I know where you live. Delete this post or you will regret it.', platform: 'x', kind: 'comment', errors: [{ messageId: 'threat' }] }, // threat: seed "niet dreigen"
    { text: 'Ik weet waar je woont, dus pas maar op.', platform: 'facebook', kind: 'comment', uiLocale: 'nl', errors: [{ messageId: 'threat' }] }, // Dutch threat, Dutch UI
    { text: 'Fuck off, you clueless moron.', platform: 'x', kind: 'comment', errors: [{ messageId: 'threat' }] }, // hostile phrase wins over the insults: one nudge
    { text: 'Shut up, nobody cares about your stupid opinion.', platform: 'bluesky', kind: 'comment', mode: 'personal', errors: [{ messageId: 'threat' }] }, // telling someone to shut up
    { text: '@jan YOU NEVER LISTEN TO ANYONE AND YOU NEVER WILL', platform: 'threads', kind: 'comment', mode: 'personal', errors: [{ messageId: 'shouting' }] }, // shouting at someone
    { text: '@gemeente JULLIE LUISTEREN GEWOON NOOIT NAAR BEWONERS', platform: 'x', kind: 'comment', errors: [{ messageId: 'shouting', ranges: [[10, 53]] }] }, // Dutch shouting at an account
    { text: 'Echt, you are such a moron. Lees het nou gewoon.', platform: 'x', kind: 'comment', mode: 'personal', errors: [{ messageId: 'insult' }] }, // mixed Dutch and English
    { text: 'Keep posting lies about my company and you will regret it.', platform: 'linkedin', kind: 'comment', errors: [{ messageId: 'threat' }] }, // veiled threat in a work reply
    { text: 'Als jullie dit niet rechtzetten, maak ik jullie kapot op alle sociale media.', platform: 'linkedin', kind: 'comment', errors: [{ messageId: 'threat' }] }, // Dutch word order after a condition
    { text: 'Crooked Bert Jansen is spending a fortune on ads again.', platform: 'x', errors: [{ messageId: 'contempt', ranges: [[0, 7]] }] }, // name-calling: an epithet before a first and last name
    { text: "Lyin' Piet, you lost every debate and you know it.", platform: 'x', errors: [{ messageId: 'contempt' }] }, // a nickname with a dropped g, before a name and a comma
    { text: 'Crazy Bernie is at it again with another plan.', platform: 'x', errors: [{ messageId: 'contempt' }] }, // a descriptive word before one name that goes on about the person
    { text: 'Wacky @janvdberg only attacks me because I skipped his show.', platform: 'x', errors: [{ messageId: 'contempt' }] }, // an epithet before an @mention
    { text: 'New ad about lightweight Senator Tom Reed, watch it.', platform: 'x', errors: [{ messageId: 'contempt' }] }, // an epithet before a title and a name
    { text: 'Die corrupte wethouder Bakker moet gewoon weg.', platform: 'x', errors: [{ messageId: 'contempt' }] }, // Dutch epithet before a role and a name
    { text: 'De heks Jansen stond vandaag weer in de krant.', platform: 'facebook', errors: [{ messageId: 'contempt' }] }, // a Dutch insult noun used as a title before a surname
    { text: 'The Fake News Media will never report this.', platform: 'x', errors: [{ messageId: 'contempt' }] }, // a slogan that labels the press
    { text: 'We never even discussed it. FAKE NEWS!', platform: 'x', errors: [{ messageId: 'contempt' }] }, // the same slogan shouted
    { text: 'Our rival leaked the plans to the press. Treason!', platform: 'x', errors: [{ messageId: 'contempt' }] }, // a one-word verdict as its own exclamation
    { text: 'Wéér een boete voor de zorgverzekeraar. Schandalig!', platform: 'x', errors: [{ messageId: 'contempt' }] }, // a Dutch one-word verdict
    { text: 'That ad is a total lie and they know it.', platform: 'x', errors: [{ messageId: 'contempt' }] }, // an intensified accusation of lying
    { text: 'He refuses to come on the show, a real nut job.', platform: 'x', errors: [{ messageId: 'contempt' }] }, // an insult noun not yet in the list before round 4
    { text: 'Eerlijk gezegd vind ik dit "walgelijk" beleid.', platform: 'x', errors: [{ messageId: 'contempt' }] }, // scare quotes without a speaker are still the writer's words
    { text: 'Doorzichtig, zielig en voorspelbaar, die lui.', platform: 'x', errors: [{ messageId: 'contempt' }] }, // "zielig" as scorn, without a word of pity before it
    { text: '@jan Jij ook, medelandverrader.', platform: 'x', kind: 'comment', errors: [{ messageId: 'contempt' }] }, // a Dutch compound ending in an insult
    { text: 'De klimaatidioten blokkeren weer de snelweg.', platform: 'x', errors: [{ messageId: 'contempt' }] }, // a compound insult for a group
    { text: 'Maar jij bent ook een linkse muts.', platform: 'x', errors: [{ messageId: 'contempt' }] }, // a political side and a word of scorn
    { text: 'The woke mob is at it again.', platform: 'x', errors: [{ messageId: 'contempt' }] }, // the same family in English
    { text: 'Zulke types moet je gewoon tegen de muur zetten.', platform: 'x', errors: [{ messageId: 'threat' }] }, // a call to violence
    { text: 'People like that should be shot.', platform: 'facebook', errors: [{ messageId: 'threat' }] }, // a call to violence in English
    { text: '@scheids Wat een prutser ben jij.', platform: 'x', kind: 'comment', errors: [{ messageId: 'insult' }] }, // a Dutch football insult, aimed
    { text: 'He has every right to say what he feels! If idiots react? Too bad!', platform: 'facebook', errors: [{ messageId: 'contempt' }] }, // a self word in an earlier sentence does not turn the insult on the writer
    { text: 'She only works harder for it, so run away, you fool.', platform: 'facebook', kind: 'comment', errors: [{ messageId: 'insult' }] }, // "fool" aimed with "you"
    { text: 'Dnt use abusive language to him... Shame on u people', platform: 'facebook', kind: 'comment', errors: [{ messageId: 'contempt' }] }, // "shame on you" in text-speak
    { text: 'Stop spreading hatred u filthy nonsense media', platform: 'facebook', kind: 'comment', errors: [{ messageId: 'contempt' }] }, // "you filthy" before whatever noun
    { text: 'And they became cowards the moment the vote came.', platform: 'facebook', errors: [{ messageId: 'contempt' }] }, // contempt for a group: cowards
    { text: '@jan @piet Allemaal dom geleuter, verder een gezond 2020 allemaal!', platform: 'x', kind: 'comment', errors: [{ messageId: 'contempt' }] }, // Dutch contempt for what someone says ("geleuter", "gezwets")
    { text: "@piet Don't be an idiot, read the article first.", platform: 'x', kind: 'comment', errors: [{ messageId: 'contempt' }] }, // in a reply the same advice is aimed at the one replied to
    { text: "Things I can't stand:\n- Idiots\n- Liars", platform: 'x', errors: [{ messageId: 'contempt' }] }, // a list item without a link is no product's name
    { text: '.@KarlRove is a failed strategist. Never says anything good.', platform: 'x', errors: [{ messageId: 'contempt' }] }, // an epithet said of an @mention ("@x is a failed…") calls a name
    { text: 'Go back to where you came from.', platform: 'x', kind: 'comment', errors: [{ messageId: 'threat' }] }, // a hostile dismissal of a person
    { text: 'Donder op met je mening.', platform: 'x', kind: 'comment', errors: [{ messageId: 'threat' }] }, // a Dutch rude dismissal ("donder op", "oprotten")
    { text: 'Nobody takes that buffoon seriously anymore.', platform: 'x', errors: [{ messageId: 'contempt' }] }, // an English insult noun added from the rubric, not from one writer
    { text: 'Wat een hufters bij die club.', platform: 'x', errors: [{ messageId: 'contempt' }] }, // a Dutch insult for a group, also alone, not only in a compound
    { text: 'This is the time when the anti-nationals are exposed.', platform: 'facebook', errors: [{ messageId: 'contempt' }] }, // a hostile label for a group of people
    { text: 'Those jokers at city hall did it again.', platform: 'x', errors: [{ messageId: 'contempt' }] }, // an insult for a group, in the plural
    { text: 'What a waste of space that committee is.', platform: 'x', errors: [{ messageId: 'contempt' }] }, // a contemptuous phrase for people
    { text: 'Dummy Bob never gets it.', platform: 'x', errors: [{ messageId: 'contempt' }] }, // a slight before a name
    { text: 'Shut the hell up and read the report.', platform: 'x', kind: 'comment', errors: [{ messageId: 'threat' }] }, // "shut up" with "the hell" between
    { text: 'Rot in de hel met je mening.', platform: 'x', kind: 'comment', errors: [{ messageId: 'threat' }] }, // a Dutch curse wished on someone
    { text: 'Die asocialen met hun vuurwerk ook weer.', platform: 'x', errors: [{ messageId: 'contempt' }] }, // Dutch contempt for a group
    { text: 'Die pestlijers van de overkant weer.', platform: 'x', errors: [{ messageId: 'contempt' }] }, // a Dutch compound ending in the curse "lijers"
  ],
});
