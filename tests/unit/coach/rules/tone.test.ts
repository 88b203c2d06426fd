import tone from '@/lib/coach/rules/tone';
import { analyze } from '@/lib/coach';
import { describe, expect, it } from 'vitest';
import { runRuleTests } from '../rule-tester';

const WALL_EN =
  'Quick reflection after our team day on intake meetings with families who are new to the neighbourhood: most of our forms ask for information we never use, families tell the same story three times to three colleagues, our waiting room is the least welcoming room in the building, and nobody ever asked the families what they expected from the first meeting, which is the one question that matters most. Has anyone changed this?';

runRuleTests(tone, {
  valid: [
    { text: 'Firms should spend more time explaining how they evolve to win tomorrow. Share this with your team.', platform: 'linkedin' }, // "to win tomorrow" names no prize: sharing is no bait here
    { text: 'I worked with the best teammates one could get: Ayushi Gautam , Garima Saroj , MANISH KUMAR RAI , Sarthak Gupta and Yash Deep.', platform: 'linkedin' }, // a tagged name in capitals among titlecase names is a name, not a raised voice
    { text: 'From Dell Technologies we have Pt. KULDEEP DONGRE, who will speak about DATA VISUALISATION.', platform: 'linkedin' }, // a name after a title; the two capital words left do not shout
    { text: 'Ready to start? Try our 7-day challenge! 🌱VEGAN CHALLENGES AVAILABLE:  https://example.org/go-vegan', platform: 'facebook' }, // capitals before a colon and a link label the link, even where the line break before them was lost
    { text: 'Repost from @btwfoundation .\nSigning up (link in bio) enters you to win two tickets to the show!', platform: 'instagram' }, // "repost from @…" credits a shared post: a prize for signing up asks no share
    { text: `People fail at business because they do fake work.\n\nExamples:\n- Designing logos\n- Reading about business\n- Listening to another podcast\n- Testing yet another tool\n\nAnything but generating revenue. Find the 20% of tasks that actually move the needle in your business, and do those first thing every morning before email.\n\nHere's how I do it (feel free to steal).\n\nRepost ♻️ if you agree that the right work beats hard work`, platform: 'linkedin' }, // "repost if" closing a post that already gave its tips is a sign-off; "LIKE if…" as the whole post still baits
    { text: 'The Elementary Art Show: CHEE VIT CHEE VA - Celebrating life in Thailand.\nThank you for joining us at the opening of CHEE VIT CHEE VA!', platform: 'facebook' }, // capitals that come back word for word are the show's title, as a repeated single word is a name
    { text: `Most people only search for jobs on LinkedIn. That's a mistake: dozens of other platforms list remote work that pays well.\n\n${'1. A job board for remote roles in data, design and writing, with salaries shown up front. '.repeat(6)}\n\nFollow me, like and repost this post, and subscribe to my newsletter.`, platform: 'linkedin' }, // under a long post that gives the reader something, a row of asks is a sign-off, not begging
    { text: 'THANK YOU I love it, what a team. Who joins next year?', platform: 'linkedin' }, // "I" before lower case ends the run: two capital words are emphasis, not a shout
    { text: 'SSN SIGNING NEWS: Lightning kick off their announcements with a biggie!', platform: 'x' }, // a league's news label before its colon, like "BREAKING NEWS:", labels rather than shouts
    { text: 'Win a trip to the WALT DISNEY WORLD® Resort this fall. Enter today at https://example.com', platform: 'facebook' }, // a trademark sign marks the capitals as a name
    { text: 'Born on this day in 1577: Rubens. The Fall of the Damned (1620), now in Munich.', platform: 'x' }, // a swear word inside a capitalised title names the painting
    { text: 'Patients with AF need a clear plan from their GP and their cardiologist.', platform: 'linkedin' }, // "AF" in capitals is atrial fibrillation, not "as fuck"
    { text: 'The NASA and ESA teams shared their KPI framework for AI projects with our HR and IT leads.', platform: 'linkedin' }, // acronyms are not shouting
    { text: "Als ZZP'er in de GGZ krijg je te maken met de AVG, de WMO en de GGD.", platform: 'linkedin' }, // Dutch acronyms
    { text: 'This is NOT how you run a consultation. How would you do it?', platform: 'x' }, // one word of emphasis
    { text: 'Gelukkig nieuwjaar allemaal, en proost op een mooi en gezond jaar.', platform: 'x' }, // "gelukkig" is not "gelul": whole words only
    { text: 'Eerlijk: dat jongeren maanden op een wachtlijst staan is geen pech, dat is beleid.', platform: 'x' }, // strong opinion is not a tone problem
    { text: "Kid asked if I was alive when the dinosaurs were around. I'm 38!!! Should I be offended?", platform: 'facebook', mode: 'personal' }, // casual norms: "!!!" among friends
    { text: 'Vakantie 🌴☀️🏖️🍹😎🌊 Wie raadt waar we zijn?', platform: 'instagram', mode: 'personal' }, // emoji among friends
    { text: 'GEFELICITEERD LIEVE MAMA, WAT BEN JE MOOI', platform: 'facebook', mode: 'personal' }, // capitals among friends
    { text: 'Fresh croissants every morning from 7:00 🥐☕️ What is your go-to order?', platform: 'instagram' }, // two emoji
    { text: 'Beste buurtbewoners, vanaf maandag wordt de Kerkstraat opnieuw bestraat.', platform: 'facebook' }, // a letter-style greeting is fine on Facebook
    { text: 'Geachte raadsleden, hierbij mijn inspraakreactie over de jongerenplek.', platform: 'linkedin' }, // formal is fine on LinkedIn
    { text: 'Wat een kutdag. Drie keer het systeem plat.', platform: 'x', mode: 'personal' }, // swearing in personal mode off LinkedIn
    { text: 'Lees ons persbericht over de nieuwe wijkcentra: https://example.nl/pers', platform: 'x' }, // mentions a press release, is not one
    { text: WALL_EN, platform: 'linkedin' }, // long paragraphs are normal on LinkedIn
    { text: WALL_EN, platform: 'threads' }, // a wall of text is layout, not tone (rubric.md): the length rule says it
    { text: 'We hadden veel lol op de teamdag. Wie organiseert de volgende?', platform: 'linkedin' }, // Dutch "lol" is fun, not slang
    { text: 'Check https://example.org/!!!/page for the agenda', platform: 'x' }, // exclamation marks inside a link
    { text: '#WOW #SALE #NOW zijn drie hashtags', platform: 'x' }, // hashtags are syntax, not words
    { text: 'ngl this new policy is lowkey a disaster. who approved this?', platform: 'x' }, // casual language on X is not a tone problem (rubric)
    { text: "Monday motivation 💪🔥🚀💯✨🙌 What's your one goal this week?", platform: 'x' }, // emoji walls are off-register on LinkedIn only (rubric)
    { text: '𝗧𝗛𝗥𝗘𝗘 𝗟𝗘𝗦𝗦𝗢𝗡𝗦 𝗙𝗥𝗢𝗠 𝗢𝗨𝗥 𝗣𝗜𝗟𝗢𝗧\nWe asked parents first. What would you ask?', platform: 'linkedin' }, // Unicode bold headings are not shouting (rubric)
    { text: '40 DSA questions: BST, DFS, BFS, KMP, LRU cache and more. Which one trips you up?', platform: 'linkedin' }, // a list of acronyms is not a raised voice
    { text: 'Nieuwe kaarsen in de winkel. LINK IN BIO. Welke geur kies jij?', platform: 'instagram' }, // "LINK IN BIO" is a convention, not shouting
    { text: 'She graduated summa cum laude, and De cum-ex zaak loopt nog.', platform: 'x' }, // Latin "cum" ("with") is no crude word
    { text: 'Hoe ga jij om met een volle agenda?', platform: 'x' }, // Dutch "hoe" is "how"
    { text: 'GOAL!\n\nDe Jong scores a RIDICULOUS free-kick!\n\nLIVE: https://example.org/live', platform: 'x' }, // labels alone on a line or before a colon are news conventions, not shouting
    { text: 'Catch the TOYOTA GAZOO Racing cup this weekend, admission is FREE.', platform: 'x' }, // capitals before a capitalised word are a brand's name
    { text: "Lammers baalt: ''Het werd toch nog een klote-avond'' https://example.nl/x", platform: 'x' }, // a player quoted in a news post: reported speech
    { text: '"That was a shit game," said the coach after the final whistle.', platform: 'x' }, // a quote attributed with "said"
    { text: 'Follow @natgeo_fotograaf for more images from the Arctic.', platform: 'instagram' }, // "follow for more" that says what for is a credit, not bait
    { text: 'Got an A* in maths, so proud of this class.', platform: 'x' }, // an asterisk after a grade masks no word
    { text: 'Wat een dag!! Iedereen bedankt voor de hulp.', platform: 'x' }, // one doubled exclamation mark is enthusiasm
    { text: 'People of Amsterdam.\n\nTHE STREET PHOTOGRAPHY HUB\n\nFeatured artist @dawn_e. Follow the page and submit via the link.', platform: 'instagram' }, // a few capital words on a line of their own head the text below: layout, not a raised voice
    { text: 'Weer verloren 😂 :face_with_tears_of_joy: :pile_of_poo:', platform: 'x' }, // an emoji shortcode's words are no swear words
    { text: "This wasn't a giveaway: it was real capital for real founders. Follow them for the story.", platform: 'linkedin' }, // a denied prize is no prize for engagement
    { text: "It's BOGO weekend ☀️\n☀️ EVEN BRAS!\nShop: https://example.com/sale", platform: 'x' }, // "BOGO" is a retail acronym; two capital words are emphasis, not shouting
    { text: "Don't forget these SQL concepts:\n- Clauses (WHERE, GROUP BY, HAVING, ORDER BY)\n- JOINS (INNER JOIN, LEFT JOIN, FULL OUTER JOIN)", platform: 'linkedin' }, // in a post about SQL its keywords in capitals are code
    { text: 'STEP 1: Cleanse.\nSTEP 2: Tone.\nSTEP 3: Moisturise. Which step do you skip?', platform: 'instagram' }, // one capital word with its number before a colon labels a step
    { text: 'LOCATION CHANGE: join the vigil at the ASUI centre at 5 p.m.', platform: 'x' }, // two capital words opening a line before a colon label it, like "BREAKING NEWS:"
    { text: 'Our LUMO team won the award. LUMO is built on our own tech, and the OPPO engineers made it happen.', platform: 'linkedin' }, // a capital word standing alone again and again is a name the post is about
    { text: "I'll be teaching the class with yours truly as host. Join us!", platform: 'instagram' }, // "yours truly" that closes no letter is no letter style
    { text: 'Soooo proud of this team, yaaay! Classss act all round.', platform: 'linkedin' }, // stretched words that are no swear words
    { text: "Free list of 400 data roles [giveaway]\n\nComment your email and I'll send you the link.", platform: 'linkedin' }, // a free file for a comment is no draw for engagement
  ],
  invalid: [
    { text: 'Thanks to Anna Berg , GRATIS KOFFIE VOOR IEDEREEN VANDAAG , kom langs!', platform: 'linkedin', errors: [{ messageId: 'capitals' }] }, // more capital words than a name has still shout, even between commas
    { text: 'There is a story behind the tattoo but I cannot be arsed to type it out.', platform: 'bluesky', errors: [{ messageId: 'slang' }] }, // "can't be arsed": British crude slang
    { text: 'Fuck Donald Trump and his whole crew.', platform: 'x', errors: [{ messageId: 'slang' }] }, // a curse that opens capitalised names is no title: titles end on the word ("Fall of the Damned")
    { text: 'Tune in Thursday at 9/8c on the CW! #CWInTheDark #ZeroFsGiven', platform: 'instagram', errors: [{ messageId: 'slang' }] }, // "zero f*cks given" abbreviated, also as a hashtag
    { text: 'Project grad was a success. P.S. YAY I WON PRIZES', platform: 'instagram', errors: [{ messageId: 'capitals' }] }, // "I" between capital words shouts along instead of breaking the run
    { text: 'Share this if you love a long walk with your dog on a Sunday.', platform: 'facebook', errors: [{ messageId: 'bait' }] }, // "share this if", like the listed "like if" and "rt if", asks for reach, not a reply
    { text: 'Deel dit als jij ook vindt dat elke hond een mand verdient.', platform: 'facebook', errors: [{ messageId: 'bait' }] }, // the Dutch "share this if"
    { text: "Maybe they'll learn one day. F'ing idiots.", platform: 'bluesky', errors: [{ messageId: 'slang' }] }, // profanity abbreviated with an apostrophe (rubric: "also abbreviated")
    { text: "Now go destroy some MF'n cheat meals", platform: 'instagram', errors: [{ messageId: 'slang' }] }, // "motherfucking" abbreviated
    { text: 'Stay fly af in our new hoodie, out now at the link in our bio.', platform: 'instagram', errors: [{ messageId: 'slang' }] }, // "af" ("as fuck") after an adjective in an English draft
    { text: 'Het lijkt hier wel oorlogsgebied, het is gvd echt niet normaal.', platform: 'x', errors: [{ messageId: 'slang' }] }, // abbreviated profanity counts (rubric: "profanity (also abbreviated)")
    { text: 'Trap niet in het domme gelul van de woordvoerder.', platform: 'x', errors: [{ messageId: 'slang' }] }, // "gelul" is crude for work
    { text: 'Gelukkig nieuwjaar, en namens mijn zusje: steek het maar in je reet.', platform: 'x', errors: [{ messageId: 'slang' }] }, // a crude phrase
    { text: 'Onze actie loopt tot zondag. Like, deel en reageer op dit bericht en tag iemand. Volg onze pagina.', platform: 'facebook', uiLocale: 'nl', errors: [{ messageId: 'tooManyAsks', severity: 'tip' }] }, // five asks: begging
    { text: 'New video is up 🎬\nLike, comment, share and follow for more', platform: 'instagram', mode: 'personal', errors: [{ messageId: 'bait' }] }, // four asks, one of them "follow for more": one nudge, the bait
    { text: 'Please like, retweet and follow us for a chance to win a free coffee.', platform: 'x', errors: [{ messageId: 'bait' }] }, // three asks for a prize: the bait nudge, not a second one
    { text: 'Volg ons, like deze post en tag twee vrienden in de reacties.', platform: 'instagram', errors: [{ messageId: 'tooManyAsks' }] }, // Dutch giveaway
    { text: 'Please like, retweet and follow us: the coffee is on us.', platform: 'x', errors: [{ messageId: 'tooManyAsks', severity: 'tip' }] }, // three asks with "please", no prize
    { text: 'My zine is done. Please boost, reply and follow so it reaches more people.', platform: 'mastodon', mode: 'personal', errors: [{ messageId: 'tooManyAsks' }] }, // Mastodon wording
    { text: 'Nieuwe vlog staat online. Like, share en volg voor meer.', platform: 'threads', mode: 'personal', errors: [{ messageId: 'bait' }] }, // mixed Dutch and English, "volg voor meer" is bait
    { text: 'Like, deel en reageer als je het eens bent.', platform: 'facebook', kind: 'comment', errors: [{ messageId: 'tooManyAsks' }] }, // begging counts in replies too
    { text: 'DIT IS ECHT HET BELANGRIJKSTE WAT JE DEZE WEEK GAAT LEZEN.\nLees het hier: https://example.nl/regels', platform: 'linkedin', errors: [{ messageId: 'capitals', severity: 'warning' }] }, // shouting in work mode
    { text: 'GRATIS WORKSHOP VOOR ALLE OUDERS in de bibliotheek op dinsdag.', platform: 'facebook', uiLocale: 'nl', errors: [{ messageId: 'capitals' }] }, // a run of capitals
    { text: 'Our summer camp registration opens tomorrow!!! Sign up at https://example.org/camp', platform: 'facebook', errors: [{ messageId: 'exclamations', ranges: [[43, 46]] }] }, // "!!!"
    { text: 'Wat een dag 🎉🎉🎉🔥🔥 Hoe vieren jullie dat?', platform: 'linkedin', errors: [{ messageId: 'emojiWall' }] }, // five emoji on LinkedIn
    { text: 'Monday motivation 💪🔥🚀💯✨🙌🎯 Wat is jouw doel deze week?', platform: 'linkedin', errors: [{ messageId: 'emojiWall' }] }, // seven emoji on LinkedIn
    { text: 'Honestly, this fucking reorganisation has been a shitshow. Who else is tired?', platform: 'linkedin', errors: [{ messageId: 'slang', ranges: [[15, 22], [49, 57]] }] }, // profanity at work
    { text: 'Bro dit congres was echt lit, wollah de beste sprekers ooit.', platform: 'linkedin', mode: 'personal', errors: [{ messageId: 'slang', severity: 'tip' }] }, // slang on LinkedIn even in personal mode
    { text: 'Wat een kutdag op kantoor. Herkenbaar?', platform: 'x', errors: [{ messageId: 'slang' }] }, // Dutch swearing in work mode
    { text: 'Geachte heer, mevrouw,\n\nHierbij informeren wij u dat ons kantoor op 27 april gesloten is.', platform: 'x', errors: [{ messageId: 'formal', ranges: [[0, 7], [24, 48]] }] }, // letter style on X
    { text: 'FOR IMMEDIATE RELEASE\nGreenleaf Foods opens a new distribution centre in Venlo.', platform: 'instagram', errors: [{ messageId: 'formal' }] }, // press release on Instagram, not also "capitals"
    { text: 'PERSBERICHT\nStichting Buurtkracht opent per 1 april een nieuw wijkcentrum.', platform: 'threads', mode: 'personal', errors: [{ messageId: 'formal', severity: 'tip' }] }, // press style in personal mode too
    { text: 'ATTENTION ALL PARENTS: the school gate will be CLOSED on Monday. Questions? Call the office.', platform: 'facebook', errors: [{ messageId: 'capitals' }] }, // four shouting words around a sentence
    { text: 'Eindelijk!!! Onze nieuwe praktijk is klaar 🎉🎉🎉🎉🎉🎉🎉🎉🎉 Kom je kijken?', platform: 'linkedin', errors: [{ messageId: 'exclamations' }, { messageId: 'emojiWall' }] }, // two different points, two nudges
    { text: 'Super sessie vandaag, wtf wat een inzichten. Who else was there?', platform: 'linkedin', errors: [{ messageId: 'slang' }] }, // mixed Dutch and English
    { text: 'ngl this new policy is lowkey a disaster. who approved this?', platform: 'linkedin', errors: [{ messageId: 'slang' }] }, // chat slang on LinkedIn
    { text: 'All of these girls at the party last night were acting like hoes, I swear', platform: 'x', errors: [{ messageId: 'slang' }] }, // a slur in an English post
    { text: 'Suck my dick you cunts', platform: 'bluesky', errors: [{ messageId: 'slang' }] }, // vulgar words anywhere in work mode
    { text: 'Deel dit bericht en maak kans op een gratis taart!', platform: 'facebook', errors: [{ messageId: 'bait' }] }, // "deel en maak kans" is giveaway bait
    { text: 'Follow @pythonpro_ for more. TURN ON POST NOTIFICATIONS', platform: 'instagram', errors: [{ messageId: 'bait' }, { messageId: 'capitals' }] }, // spammy follow asks, shouted
    { text: 'WELCOME HOME TO ALL AMERICANS', platform: 'x', errors: [{ messageId: 'capitals' }] }, // several long capital words shout
    { text: 'Man, wat een redding. Die #kutkeeper pakte alles.', platform: 'x', errors: [{ messageId: 'slang', ranges: [[26, 36]] }] }, // profanity inside a hashtag compound
    { text: 'Weer verloren. Kort #kut #weekend dit.', platform: 'x', errors: [{ messageId: 'slang' }] }, // profanity as a hashtag of its own
    { text: 'Honestly, this sh*t show of a launch went better than expected.', platform: 'linkedin', errors: [{ messageId: 'slang' }] }, // masked profanity (rubric: "also abbreviated")
    { text: "I'm gonna f**king nail this pitch tomorrow.", platform: 'x', errors: [{ messageId: 'slang' }] }, // two asterisks hiding three letters
    { text: 'Het was een kloteavond voor de hele ploeg.', platform: 'x', errors: [{ messageId: 'slang' }] }, // a Dutch profanity compound written as one word
    { text: 'Wat een shitzooi bij de kassa vandaag.', platform: 'x', errors: [{ messageId: 'slang' }] }, // an English swear word opening a Dutch compound
    { text: 'Wat een kankerweer weer vandaag op de training.', platform: 'x', errors: [{ messageId: 'slang' }] }, // a Dutch crude intensifier compound ("kanker" alone stays the illness)
    { text: 'The whole damn team is back in town.', platform: 'x', errors: [{ messageId: 'slang' }] }, // mild English profanity in a brand's post
    { text: 'HAPPY 2021!! Fijne feestdagen van ons allemaal!! #proost!!', platform: 'x', errors: [{ messageId: 'exclamations' }] }, // doubled marks again and again shout like "!!!"
    { text: 'Follow @pythonpro_ for more!', platform: 'instagram', errors: [{ messageId: 'bait' }] }, // "follow for more" that ends there begs
    { text: 'Do you give a $%@#!? Then call your leads back today.', platform: 'linkedin', errors: [{ messageId: 'slang', ranges: [[14, 18]] }] }, // profanity written as a row of signs, a grawlix (rubric: "also abbreviated")
    { text: 'Lmfao our intern renamed the shared drive again.', platform: 'x', errors: [{ messageId: 'slang' }] }, // "lmfao" abbreviates a swear word
    { text: 'Weer de laatste trein gemist, fml.', platform: 'x', errors: [{ messageId: 'slang' }] }, // an abbreviated English swear in a Dutch post
    { text: 'Blocked you, azzzzhole.', platform: 'x', errors: [{ messageId: 'slang' }] }, // a swear word respelled with z's and stretched
    { text: 'Imagine starting a boycott because you were butt hurt by a meme.', platform: 'bluesky', errors: [{ messageId: 'slang' }] }, // a crude phrase of two words
    { text: 'The douchebags at the next table talked through the whole show.', platform: 'facebook', errors: [{ messageId: 'slang' }] }, // a vulgar word for people
    { text: 'Some assholes keyed three cars on our street last night.', platform: 'facebook', errors: [{ messageId: 'slang' }] }, // the plural of a listed swear word
    { text: 'Absolute wankers on the ring road again this morning.', platform: 'x', errors: [{ messageId: 'slang' }] }, // British vulgar insult in the plural
    { text: 'New page, new look. Go follow my partners @bakerbea and @studio_ink!', platform: 'instagram', errors: [{ messageId: 'bait' }] }, // a follow chain for partner accounts is follow-for-follow bait (rubric)
    { text: 'S4S anyone? Drop your handle below.', platform: 'instagram', errors: [{ messageId: 'bait' }] }, // "shoutout for shoutout" abbreviated
    { text: 'Volg voor volg? Laat je naam achter in de reacties.', platform: 'instagram', errors: [{ messageId: 'bait' }] }, // Dutch follow-for-follow ("follow for follow", rubric)
    { text: 'Fck this traffic, late for the standup again.', platform: 'x', errors: [{ messageId: 'slang' }] }, // a swear word abbreviated without its vowel
    { text: 'A film about a world where you can only cum three times a year.', platform: 'mastodon', errors: [{ messageId: 'slang' }] }, // crude sexual content (rubric)
    { text: 'WAT EEN GOAL van De Jong vanavond.', platform: 'x', errors: [{ messageId: 'capitals' }] }, // three capital words shout, even with short Dutch words among them
    { text: 'NOW ON SALE: tickets for the summer festival.', platform: 'x', errors: [{ messageId: 'capitals' }] }, // a shouted run of three before a colon is no label
    { text: 'Dis hoe got uh big nose 😂😂😂', platform: 'x', errors: [{ messageId: 'slang' }] }, // "hoe" after a word only English has is the slur, also where the language is unknown
    { text: "I don't love my hoes I love a couple", platform: 'x', errors: [{ messageId: 'slang' }] }, // "my hoes"
    { text: 'Our new shop is open.\nTHIS IS THE BEST DEAL IN TOWN TODAY\nCome by.', platform: 'facebook', errors: [{ messageId: 'capitals' }] }, // a whole sentence in capitals on its own line is no heading
    { text: 'PUSHEEN ON BLUESKY', platform: 'bluesky', errors: [{ messageId: 'capitals' }] }, // a line in capitals with nothing in lower case to head is all shout
    { text: 'Had a blast filming with @jlaw today. This guy is the real deal!\n••\nBE BETTER EVERYDAY 💯', platform: 'instagram', errors: [{ messageId: 'capitals' }] }, // a last line in capitals heads nothing: it is a shout
    { text: 'Like and share this post to enter the giveaway!', platform: 'facebook', errors: [{ messageId: 'bait' }] }, // a prize for shares, not denied
    { text: 'WHERE IS MY ORDER FROM LAST WEEK', platform: 'x', errors: [{ messageId: 'capitals' }] }, // the same words in a post not about SQL shout
    { text: 'That launch was an effing mess.', platform: 'linkedin', errors: [{ messageId: 'slang' }] }, // a softened swear word is still profanity (rubric: also abbreviated)
    { text: 'Wat een fokking chaos vandaag bij de balie.', platform: 'x', errors: [{ messageId: 'slang' }] }, // a Dutch spelling of the same swear word
    { text: 'Skanks everywhere at the club tonight', platform: 'x', errors: [{ messageId: 'slang' }] }, // a slur for women, among the vulgar words
    { text: "ABORTION ABORTION ABORTION Which doesn't rank past 6% on importance.", platform: 'x', errors: [{ messageId: 'capitals' }] }, // capitals before a word that opens a sentence are no brand's name
    { text: 'Happy birthday my guy! Many more great ones 🙏🏾‼️‼️‼️', platform: 'instagram', errors: [{ messageId: 'exclamations' }] }, // exclamation marks as emoji shout like "!!!"
    { text: "Comment below and I'll pick a random winner tomorrow at 8am.", platform: 'instagram', errors: [{ messageId: 'bait' }] }, // a draw among those who comment is engagement bait
    { text: "click the link in bio or you'll have bad luck 👀", platform: 'instagram', errors: [{ messageId: 'bait' }] }, // chain-letter bait
    { text: 'I know how to throw a motherfuckin party', platform: 'instagram', errors: [{ messageId: 'slang' }] }, // profanity with a prefix before "fuck"
    { text: 'Good luck in her debut tomorrow night. DON’T MISS IT! Future champ no doubt.', platform: 'instagram', errors: [{ messageId: 'capitals' }] }, // "IT" after shouted words shouts along, it is no IT department
    { text: 'This week was shiiiit honestly, and the fuuuuuck-ups kept coming.', platform: 'x', errors: [{ messageId: 'slang', ranges: [[14, 21], [40, 48]] }] }, // swear words stretched for emphasis
    { text: 'Honestly that launch was a load of sh!t.', platform: 'linkedin', errors: [{ messageId: 'slang' }] }, // profanity masked with "!" (rubric: also abbreviated)
  ],
});

describe('tone details', () => {
  it('counts the asks of a begging post and names them in the message language', () => {
    const [finding] = analyze({ text: 'Like, deel en reageer op dit bericht.', platform: 'facebook' }, { uiLocale: 'nl' }).findings.filter((f) => f.messageId === 'tooManyAsks');
    expect(finding?.ruleId).toBe('tone');
    expect(finding?.category).toBe('tone');
    expect(finding?.message).toBe('3 verzoeken in één bericht: houd er één over');
    expect(finding?.explanation).toContain('liken, delen en reageren');
  });
});
