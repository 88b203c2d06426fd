import callToAction from '@/lib/coach/rules/call-to-action';
import { analyze } from '@/lib/coach';
import { describe, expect, it } from 'vitest';
import { runRuleTests } from '../rule-tester';

runRuleTests(callToAction, {
  valid: [
    { text: 'Vandaag sprak ik een jongerenwerker. Haar tip: luister eerst een maand. Hoe begon jij?', platform: 'linkedin' }, // a question
    { text: 'New guidance on heat and elderly care is out today. Full checklist: https://ggd.example.nl/hitte', platform: 'x' }, // a link
    { text: 'Komende woensdag is er weer repaircafé in De Linde. Kom gerust langs, de koffie staat klaar.', platform: 'facebook' }, // an invitation to attend
    { text: 'Geen afspraak nodig, loop gewoon binnen op dinsdag of donderdag.', platform: 'threads' }, // walk-in invitation mid-sentence
    { text: 'Even slow water can take a car downstream. For more information visit the flood page of the SES.', platform: 'facebook' }, // "for more information" leaves "visit" an imperative
    { text: 'If you are in town this weekend, visit the harbour market.', platform: 'x' }, // a condition about the reader, closed by a comma, before the imperative
    { text: 'Worth attending if you care for someone with dementia.', platform: 'facebook' }, // "worth attending" recommends going
    { text: 'Your yearly reminder to test the smoke alarm at home.', platform: 'bluesky' }, // a reminder to the reader to do something
    { text: 'I will be at the fair all Saturday. If you are there, say hi!', platform: 'bluesky' }, // "say hi" invites the reader to come over
    { text: 'Wij staan zaterdag op de markt. Zeg hoi als je langsloopt!', platform: 'facebook' }, // the same in Dutch
    { text: 'Die nieuwe tentoonstelling is zeker een bezoekje waard.', platform: 'facebook' }, // "een bezoekje waard" recommends going
    { text: 'The new exhibition opened today, so go see it for yourself.', platform: 'x' }, // "go" before a verb leaves it an imperative
    { text: 'Tired of the same old cake, why not try our watermelon cake.', platform: 'facebook' }, // "why not try" suggests, even without a question mark
    { text: 'Catch us on the radio tomorrow from 8am.', platform: 'facebook' }, // "catch us on" invites the reader to listen
    { text: 'Head on down to the market this Saturday.', platform: 'facebook' }, // "head on down" invites the reader to come
    { text: 'Have a taste of the new menu at the cafe.', platform: 'instagram' }, // "have a taste" invites the reader to try
    { text: 'If this cafe is not on your radar yet, this is your sign.', platform: 'instagram' }, // "this is your sign" tells the reader to go
    { text: 'Election day is here. Get out there and make your voice heard.', platform: 'x' }, // "make your voice heard" asks the reader to vote
    { text: 'Refer to our menu for the allergens.', platform: 'instagram' }, // "refer to our" points the reader to read on
    { text: "Checkout this week's menu.", platform: 'instagram' }, // "checkout" glued as people type it is still "check out"
    { text: 'Students can pick up their schedules tomorrow between 8 and 7 at the north entrance.', platform: 'facebook' }, // what the reader can do tells them how to take part
    { text: 'De nieuwe roosters staan klaar. U kunt ons bellen voor een afspraak.', platform: 'facebook' }, // the same in Dutch
    { text: 'Progress reports go home on Friday. Details: fxn.ws/1NgW42U pic.twitter.com/0rk2FEU8qe', platform: 'x' }, // a real link beside the picture still invites a click
    { text: 'Put on your wizard hat and come join them for a magical evening.', platform: 'facebook' }, // "come join" invites, even after a verb that asks nothing
    { text: 'The zoo is free, so get yourself a hot dog and make a day of it.', platform: 'bluesky' }, // "get yourself" tells the reader what to do
    { text: 'We have two places left in the mentoring group.\nSend me a message if you want to join.', platform: 'linkedin' }, // imperative at the start of a line
    { text: 'Op 12 april organiseren we een buurtschoonmaak. Meld je aan bij het buurthuis.', platform: 'facebook' }, // sign-up phrase
    { text: 'Reminder: the youth council meets tonight at 19:00. Everyone aged 12 to 21 is welcome.', platform: 'x' }, // "is welcome" invites
    { text: 'Klopt, dat zagen wij ook in Arnhem. Fijn dat het nu op de agenda staat.', platform: 'x', kind: 'comment' }, // comments are exempt
    { text: 'Nieuwe kaarsen in de winkel 🕯️ Link in bio.', platform: 'instagram' }, // "link in bio"
    { text: 'Our library collects children’s books until Friday. Please share this post with your neighbours.', platform: 'facebook' }, // one ask is fine
    { text: 'It feels like spring today. Would you share your favourite walk? Comment below.', platform: 'x', mode: 'personal' }, // "like" as a preposition is not an ask
    { text: 'Ken jij iemand die gastgezin wil worden? Deel dit bericht gerust.', platform: 'facebook' }, // question plus one ask
    { text: 'Media enquiries: press@example.com', platform: 'instagram' }, // an email address is a way to respond
    { text: 'Monday morning at the shelter, the dog found the sofa first. Caption this!', platform: 'instagram' }, // "caption this" asks the reader to answer
    { text: 'Pineapple belongs on pizza. Change my mind.', platform: 'x' }, // "change my mind" invites replies
    { text: 'Ons jaarverslag staat online: [link]', platform: 'linkedin' }, // a link placeholder will be a link
    { text: 'Our spring webinar series starts Tuesday <hyperlink>', platform: 'x' }, // '<hyperlink>' is a placeholder for a link too
    { text: 'I am at the Space Symposium next week. Let\'s find time to chat about your power needs.', platform: 'linkedin' }, // "let's find time to chat" invites the reader
    { text: 'Some of you wrote about the melting ice in yesterday’s comments, so let’s continue the conversation.', platform: 'instagram' }, // "let's continue the conversation" invites replies
    { text: 'New in town and building a local network. Let’s grab a coffee this week.', platform: 'linkedin' }, // "let's grab a coffee" invites the reader to meet
    { text: 'Nieuw in de stad en benieuwd naar andere ondernemers. Laten we afspreken.', platform: 'linkedin' }, // Dutch "laten we afspreken" invites the reader to meet
    { text: 'Urban reel of New York by our member Simona. Street shots with #urbanreel get featured every Friday.', platform: 'instagram' }, // "get featured" asks the reader to take part
    { text: 'Het nieuwe jaarplan komt eraan. Even sparren over je begroting kan altijd.', platform: 'linkedin' }, // "even sparren" offers the reader a conversation
    { text: 'In London and Zurich next month. If you work on neurotech, I would love to meet.', platform: 'linkedin' }, // "I would love to meet" offers the reader a meeting
    { text: 'I built this data pipeline on AWS to learn it properly.\n\nHere’s the link :', platform: 'linkedin' }, // "the link :" at the very end: the link was lost on the way, the writer will paste one
    { text: 'I compiled 400 open data roles. If you want the list, comment your email and I will send it.', platform: 'linkedin' }, // "comment your email" asks the reader to reply
    { text: 'Volg ons, like deze post en tag twee vrienden in de reacties.', platform: 'instagram' }, // asking for too much is the tone rule's; it still asks
    { text: 'Just read a 300-page transport report so you do not have to. Short version: buses need lanes. Thread below.', platform: 'mastodon', mode: 'personal' }, // a pointer to the thread invites reading on
    { text: 'Please help! The app skips songs on my tablet. Tried everything.', platform: 'x' }, // a polite word makes an advice verb a request
    { text: 'All week our stories are by women, about women. Use #NatGeoWomen to share a story of your own.', platform: 'instagram' }, // an advice verb pointing at a campaign tag invites taking part
    { text: 'Our new booking page is live for the spring courses. Try it this week.', platform: 'linkedin' }, // "try it" points at the writer's own thing
    { text: 'I send one tip each Saturday, four minutes to read.\n\nJoin free here:</p><p> ', platform: 'linkedin' }, // "here:" at the very end points to a link the copy lost (rubric: ignore scraper damage)
    { text: 'Like, share & follow for more updates from the shelter.', platform: 'facebook' }, // a list of verbs after an ask still asks
    { text: 'Probeer het gerust en laat ons weten wat je ervan vindt.', platform: 'facebook' }, // a Dutch advice verb with "gerust" and an invitation phrase
    { text: 'Our spring lecture is on the radio tonight. Tune in at eight.', platform: 'facebook' }, // "tune in" invites listening
    { text: 'The full report on youth work is in our profile.', platform: 'instagram' }, // "in our profile" points at the link there
    { text: 'If you are at the fair on Friday, please feel free to visit our stand in hall 6.', platform: 'linkedin' }, // "feel free" invites
    { text: 'Hold the photo and swipe to see the garden before and after.', platform: 'instagram' }, // "swipe to" asks the reader to act, mid-sentence too
    { text: 'Ahead of the climate summit the foundation encourages you to plant one native tree this autumn.', platform: 'instagram' }, // "encourages you to" invites
    { text: 'Tafeltje voor vier staat klaar. Tot straks!', platform: 'instagram' }, // "tot straks" expects the reader to come by
    { text: 'Wie denkt dat het vanzelf gaat: kijk maar naar de cijfers van vorig jaar.', platform: 'x' }, // "kijk maar" sends the reader to look
    { text: 'Today on the show: the governor on the new budget. fxn.ws/1NgW42U', platform: 'facebook' }, // a short link with a path is a link
    { text: 'Here are all the key dates of the 2026 election, in one simple chart.', platform: 'facebook' }, // "Here are…" as the last sentence points at what the post carries
    { text: 'hoe krijg ik de rode cirkel weg bij mijn profiel #nos', platform: 'x' }, // a question without its question mark is still a question
    { text: 'Allemaal eigen schuld ❓', platform: 'x' }, // an emoji question mark asks too
    { text: 'Covering all the tags in case he ever joins. His channel is @dandoes if you wanna go watch him build things.', platform: 'bluesky' }, // "if you wanna" invites the reader
    { text: 'The text could be shorter, I know. But if anyone has good ideas how to do it better: shoot!', platform: 'mastodon' }, // "if anyone has" asks the readers
    { text: 'ik hoop dat iemand me kan helpen met de aangifte', platform: 'x' }, // "ik" before "hoop dat iemand" does not make it the writer's own doing: it still asks
    { text: 'The 5" model is gone. Which size should replace it? The 7" one sells well.', platform: 'x' }, // inch marks are no quotation: the question still asks
    { text: 'New designs every week. The link to the shop is in my bio!', platform: 'instagram' }, // "in my bio" points at the link there
    { text: 'Our Friday show is back. Don\'t miss it!', platform: 'x' }, // "don't miss" invites to watch
    { text: 'Hula on over to our Stories and check out the birthday pups.', platform: 'instagram' }, // "check out" invites, also after "and"
    { text: 'Test your campus knowledge with today\'s trivia. True or false: the library never closes.', platform: 'x' }, // a quiz asks for an answer
    { text: 'Drop your favourite photo of the park below.', platform: 'instagram' }, // "drop your" asks the reader to post
    { text: 'Vanavond de première in het buurthuis. Mis het niet!', platform: 'facebook' }, // "mis het niet" invites to come
    { text: "We can't wait to make it official. See you November 15, only on the app.", platform: 'instagram' }, // "See you" with a date invites to watch
    { text: 'Open evening for new families on 10 December.\n𝗣𝗹𝗲𝗮𝘀𝗲 𝗿𝗲𝗴𝗶𝘀𝘁𝗲𝗿 𝗯𝘆 𝘀𝗰𝗮𝗻𝗻𝗶𝗻𝗴 𝘁𝗵𝗲 𝗤𝗥 𝗰𝗼𝗱𝗲 𝗼𝗻 𝘁𝗵𝗲 𝗽𝗼𝘀𝘁𝗲𝗿.', platform: 'instagram' }, // Unicode bold reads as the plain words: "Please register" invites
    { text: 'Volgende week starten we weer met de taalcafés in de bibliotheek.\n𝗠𝗲𝗹𝗱 𝗷𝗲 𝗮𝗮𝗻 𝘃𝗶𝗮 𝗵𝗲𝘁 𝗯𝘂𝘂𝗿𝘁𝗵𝘂𝗶𝘀.', platform: 'linkedin' }, // Dutch in Unicode bold: "Meld je aan" invites
    { text: 'Shot on a cold morning at the harbour. For more of the series follow @harbourlight', platform: 'instagram' }, // "follow @account" invites, also mid-sentence
    { text: 'Gisteren de eerste vrijwilligers getraind. Voor meer verhalen uit de wijk volg @buurtteamnoord', platform: 'instagram' }, // Dutch "volg @account" invites, also mid-sentence
    { text: 'Our report on youth work is out. Tap the link in @cityarchive’s bio to read it.', platform: 'instagram' }, // a link in someone's bio points at a link
    { text: 'Het hele verslag van de inloopavond vind je via de link hieronder.', platform: 'facebook' }, // "link hieronder" points at a link
    { text: 'More voting resources here 👇', platform: 'x' }, // "here" with a closing pointer down sends the reader to what follows
    { text: 'Alle data van de inloopavonden staan hier 👇', platform: 'x' }, // Dutch "hier" with a closing pointer down
    { text: 'Please take care of the dunes this summer. Stay on the paths.', platform: 'facebook' }, // a sentence that opens with "please" asks the reader
    { text: "What's your favourite walk in the park", platform: 'instagram' }, // "What's your" asks for the reader's pick without its question mark
    { text: 'Wat is jouw favoriete plek in de stad', platform: 'instagram' }, // Dutch "Wat is jouw" asks for the reader's pick without its question mark
    { text: 'The new wing of the library opened last week. Do visit the reading room.', platform: 'facebook' }, // an emphatic "Do" makes the verb an invitation
    { text: 'I am looking for a bread recipe without butter. Any help appreciated, thanks.', platform: 'mastodon' }, // "help appreciated" asks the readers for help
    { text: 'Some photos are black and white, some are not. Feedback welcome.', platform: 'instagram' }, // "feedback welcome" asks for a reply
    { text: 'Ik zoek een goed recept voor brood zonder boter. Tips welkom.', platform: 'mastodon' }, // Dutch "tips welkom" asks for a reply
    { text: 'The wiring in the old van is done and the radio works. Enjoy the pictures.', platform: 'mastodon' }, // "Enjoy the pictures" invites to look
    { text: 'Hierbij het verslag van ons jubileumfeest in de sporthal. Veel kijkplezier.', platform: 'facebook' }, // Dutch "veel kijkplezier" invites to watch
    { text: 'New season, new playlist. You know what to do.', platform: 'bluesky' }, // "You know what to do" asks the reader to act
    { text: 'Free coffee for every nurse this week. If you are near the station, be sure to stop by.', platform: 'facebook' }, // "stop by" invites to visit, also mid-sentence
    { text: 'Tonight the mayor answers questions live from city hall. Submit your questions in advance.', platform: 'facebook' }, // "submit your" asks the reader to take part
    { text: 'We want a family doctor for every resident. Add your name for better health care.', platform: 'facebook' }, // "add your name" asks the reader to sign
    { text: 'Maxwell the pig is back in a new commercial. Let your friends know!', platform: 'facebook' }, // "let your friends know" asks the reader to share
    { text: 'Big exam weekend ahead for the whole team. Wish us luck!', platform: 'x' }, // "wish us luck" asks the reader to respond
    { text: 'The open day is on 14 March. Mark your calendars.', platform: 'linkedin' }, // "mark your calendars" invites to attend
    { text: 'Zaterdag staan we met de kraam op de markt. Duim voor ons dat het droog blijft.', platform: 'instagram' }, // Dutch "duim voor ons" asks the reader to respond
    { text: 'De koffie staat klaar in de bieb. Wip even binnen als je in de buurt bent.', platform: 'facebook' }, // Dutch "wip even binnen" invites to visit
    { text: "It's Email Week. One way you can spot a fraudulent email is _________", platform: 'facebook' }, // a blank to fill in asks for an answer, like "Caption this"
    { text: '#ff More people on our pound notes: @ExeterCavern on the ten, @RAMMuseum on the twenty.', platform: 'x' }, // "#ff" (Follow Friday) asks the reader to follow the accounts it names
    { text: 'Mushroom risotto for a quiet Sunday.\n\nLINKINBIO for the recipe.', platform: 'instagram' }, // "link in bio" written as one word still points at the link
    { text: 'Our autumn recipes are up. #linkinbio #autumn', platform: 'instagram' }, // "#linkinbio" points at the link
    { text: "I'm looking for some new music for the office. Any suggestions? (no techno)", platform: 'facebook' }, // an aside in brackets after a question does not answer it
    { text: 'Finger-lickin’ deals all week. Order delivery on the app tonight.', platform: 'instagram' }, // "order delivery" invites to buy ("Order form" is a noun)
    { text: 'The dollhouse tour opens in the harbour hall this summer. Book tickets before they are gone!', platform: 'instagram' }, // "book tickets" invites to attend ("Book club" is a noun)
    { text: 'De zomerworkshops in de tuin zijn weer gepland. Boek een plek via het buurthuis.', platform: 'facebook' }, // Dutch "boek een plek" invites to attend
    { text: 'Our new teething rings are free of BPA. Give these a try today!', platform: 'instagram' }, // "give … a try" invites to try, whatever is given
    { text: 'They have been fixing cars in our town for fifty years. Give them a visit for your repairs!', platform: 'facebook' }, // "give … a visit" invites to visit
    { text: 'Onze nieuwe podcast staat online. Geef hem eens een kans.', platform: 'x' }, // Dutch "geef … een kans" invites to try
    { text: 'The new exhibition opens on Saturday. Make sure to visit the east wing.', platform: 'instagram' }, // "make sure to" before a verb leaves it an invitation
    { text: "Polls are open until nine tonight. Don't forget to vote!", platform: 'x' }, // "don't forget to vote" reminds the reader to act
    { text: 'Tomorrow, join me for a first in our town.', platform: 'facebook' }, // a fronted day and a comma before the verb leave it an invitation
    { text: 'Vergeet niet je aan te melden voor de excursie van zaterdag.', platform: 'facebook' }, // Dutch "vergeet niet je…" reminds the reader to act
    { text: 'Custom art for the new season. Start streaming Nov. 12, only on #DisneyPlus.', platform: 'instagram' }, // "only on #platform" says where to watch
    { text: 'Nieuwe handschoenen en mutsen. Vanavond 20:00 online op @knolpower.nl', platform: 'instagram' }, // Dutch "online op @shop" says where to buy
    { text: 'Ik neem afscheid van mijn oude auto. Vandaag om 16:00 te zien in de vlog!', platform: 'instagram' }, // Dutch "te zien in de vlog" invites to watch
    { text: 'Our heroes return this summer, in theaters June 19.', platform: 'facebook' }, // "in theaters" says where to watch
    { text: 'Flo turned a letter from a customer into a video. Keep an eye out for the breakdancing part.', platform: 'facebook' }, // "keep an eye out" invites to watch
    { text: 'We filmed the whole dance-off. Keep scrolling to see it.', platform: 'facebook' }, // "keep scrolling" tells the reader what to do with the post
    { text: "Learn how McDonald's has a fresh take on table service.", platform: 'facebook' }, // "learn how" promises an answer to read
    { text: 'Our volunteers have been with us for ten years. Discover why they keep coming back.', platform: 'linkedin' }, // "discover why" invites to read
    { text: 'Ontdek hoe de buurt samen de speeltuin bouwde.', platform: 'facebook' }, // Dutch "ontdek hoe" invites to read
    { text: 'Jersey, the camp is back this Saturday! Bring your kids and family!', platform: 'instagram' }, // "bring your kids" invites to attend
    { text: 'Zaterdag is de open dag van de muziekschool. Neem je vrienden mee!', platform: 'facebook' }, // Dutch "neem je vrienden mee" invites to attend
    { text: 'Five pasta shapes, one of them is yours. Take the quiz in our stories.', platform: 'instagram' }, // "take the quiz" asks the reader to take part
    { text: 'New tutorials every Monday.\nTurn on post notifications so you never miss one.', platform: 'instagram' }, // "turn on post notifications" asks the reader to follow
    { text: 'Elke maandag een nieuwe video. Zet je meldingen aan.', platform: 'instagram' }, // Dutch "zet je meldingen aan" asks the reader to follow
    { text: 'Sint maakte vandaag zijn eigen chocoladeletter. Houd de pagina in de gaten voor de actie!', platform: 'instagram' }, // Dutch "houd … in de gaten" asks the reader to watch for what comes
    { text: "My favourite app finally lets me set a post's language. If you haven't yet, I'd suggest you give it a spin!", platform: 'mastodon' }, // "I'd suggest" recommends the reader to try
    { text: 'The new report on youth work is a must-read for every council member.', platform: 'linkedin' }, // "must-read" recommends the reader to read
    { text: 'De voorstelling is bijna uitverkocht. Ik raad je aan om vandaag nog kaarten te bestellen.', platform: 'facebook' }, // Dutch "ik raad je aan" recommends the reader to act
    { text: 'The sun lines up with the street grid twice a year, and tonight is the last chance to see it.', platform: 'instagram' }, // "last chance" urges the reader to act
    { text: 'Business class to Europe from £254. Sale ends 19 March.', platform: 'instagram' }, // "sale ends" urges the reader to buy
    { text: 'De zomerkorting op alle fietsen eindigt vandaag.', platform: 'facebook' }, // Dutch "eindigt vandaag" urges the reader to act
    { text: 'Nog twintig plekken voor de excursie. Laatste kans!', platform: 'facebook' }, // Dutch "laatste kans" urges the reader to act
    { text: 'Gelukkig nieuwjaar! Binnenkort opent de inschrijving voor de zomerweek.', platform: 'x' }, // Dutch: registration that opens invites to sign up
    { text: 'Registration is now open for the spring courses.', platform: 'linkedin' }, // open registration invites to sign up
    { text: 'Tickets are on sale now for the summer concert in the park.', platform: 'facebook' }, // tickets on sale invite to attend
    { text: 'De kaarten zijn nu te koop voor het zomerconcert.', platform: 'facebook' }, // Dutch: tickets on sale invite to attend
    { text: 'Just so you know: the correct guess for my trade riddles gets a merch pack from the new club.', platform: 'x' }, // a contest ("correct guess") invites the reader to take part
    { text: 'Our summer box is back, and this week you can win a box for your whole team.', platform: 'instagram' }, // "win a" invites the reader to enter
    { text: 'Deze week maak je kans op twee kaarten voor het festival.', platform: 'instagram' }, // Dutch "maak kans" invites the reader to enter
    { text: 'Sixteen coins from our history go head to head. Be ready to read the facts and vote for the coins you want in round two!', platform: 'linkedin' }, // "vote for" invites the reader to vote, also mid-sentence
    { text: 'De gemeenteraad kiest een nieuwe naam voor het park. Elke stem telt!', platform: 'facebook' }, // Dutch "elke stem telt" invites the reader to vote
    { text: 'The winter collection has landed. Shop new styles today in every store.', platform: 'instagram' }, // "Shop" opening a sentence invites to buy
  ],
  invalid: [
    { text: 'The children walked for hours. You can see how tired they are.', platform: 'facebook', errors: [{ messageId: 'noInvitation' }] }, // what the reader can see describes; it asks nothing
    { text: 'Our second graders went fishing today. Big thanks to the volunteers! pic.twitter.com/pK4M7eOsEi', platform: 'x', errors: [{ messageId: 'noInvitation' }] }, // X's address of an attached picture shows the picture: no link to follow
    { text: 'We go visit our grandmother every Sunday.', platform: 'facebook', errors: [{ messageId: 'noInvitation' }] }, // a "go" after its subject narrates: no imperative
    { text: 'If you visit the museum on Sunday we will be at the front desk.', platform: 'x', errors: [{ messageId: 'noInvitation' }] }, // without a comma the verb is the condition's own: no invitation
    { text: 'Vandaag de laatste dag van ons project met statushouders. Mooi om te zien hoe snel mensen elkaar vinden.', platform: 'linkedin', uiLocale: 'nl', errors: [{ messageId: 'noInvitation', severity: 'warning' }] }, // nothing to do in work mode
    { text: 'Rainy Monday, strong coffee, long to-do list.', platform: 'x', mode: 'personal', errors: [{ messageId: 'noInvitation', severity: 'tip' }] }, // only a tip in personal mode
    { text: 'Gisteren met de kinderen pannenkoeken gebakken. Het werd een glorieuze troep.', platform: 'facebook', mode: 'personal', errors: [{ messageId: 'noInvitation', severity: 'tip' }] }, // Dutch, personal
    { text: 'Let op: tijdens de feestdagen zijn onze openingstijden anders.', platform: 'instagram', errors: [{ messageId: 'noInvitation' }] }, // Dutch "let op" is not "let me know"
    { text: 'I follow @harbourlight for the tide tables. Calm sea this morning.', platform: 'x', errors: [{ messageId: 'noInvitation' }] }, // "I follow @…" says what the writer does: only "follow @…" without a subject asks the reader
    { text: '@railsupport plz sort out the 8:10 again, third delay this week.', platform: 'x', errors: [{ messageId: 'noInvitation' }] }, // "plz" spoken to a mention asks that account, not the reader
    { text: 'Our team after the 10k run today 👇', platform: 'instagram', errors: [{ messageId: 'noInvitation' }] }, // a closing 👇 points at the photo: only "here 👇", "link below 👇" points the reader somewhere
    { text: 'Een deel van de wachtlijst is weggewerkt. Wij zijn blij.', platform: 'mastodon', errors: [{ messageId: 'noInvitation' }] }, // "een deel" is a noun, not "deel dit"
    { text: 'Finished the jigsaw. 1,000 pieces, one missing, of course.', platform: 'bluesky', mode: 'personal', errors: [{ messageId: 'noInvitation' }] }, // Bluesky, personal
    { text: 'Kijk wat een mooie dag aan zee. De kinderen zijn niet uit het water te slaan.', platform: 'instagram', mode: 'personal', errors: [{ messageId: 'noInvitation' }] }, // "Kijk" as an exclamation invites nothing
    { text: 'Head office moves to Utrecht this week. Book club continues as usual.', platform: 'linkedin', errors: [{ messageId: 'noInvitation' }] }, // nouns at the start of a sentence, not imperatives
    { text: "Stop trying to think of products.\n\nStart listening to people's problems.", platform: 'linkedin', errors: [{ messageId: 'noInvitation' }] }, // advice imperatives give the reader nothing to do with the post
    { text: 'Use time to gain experience.\nUse experience to gain skills.\nIterate. Improve. Repeat.', platform: 'linkedin', errors: [{ messageId: 'noInvitation' }] }, // "use" as advice, not "use our code"
    { text: 'Save yourself and everyone else the trouble. Join that 1% and future-proof your career.', platform: 'linkedin', errors: [{ messageId: 'noInvitation' }] }, // "save yourself", "join that 1%": advice, not an invitation to sign up
    { text: "Here's to the moments that spark ideas and bring teams closer.", platform: 'linkedin', errors: [{ messageId: 'noInvitation' }] }, // a verb after "and" asks only in a sentence that opens with an ask
    { text: 'I would like to thank my mentors, who helped me grow, learn, give back.', platform: 'linkedin', errors: [{ messageId: 'noInvitation' }] }, // a verb after a comma asks only in a sentence that opens with an ask
    { text: 'This tiny agent can even come fully instrumented with traces and logs.', platform: 'linkedin', errors: [{ messageId: 'noInvitation' }] }, // Dutch "even" ("kijk even") opens no imperative in an English post
    { text: '“Where were you when it happened?” my grandmother asked every year. She never got an answer.', platform: 'instagram', errors: [{ messageId: 'noInvitation' }] }, // a quoted question is someone else's words, not one to the reader
    { text: 'Sod it. Why not? Might take the new trail this weekend.', platform: 'mastodon', errors: [{ messageId: 'noInvitation' }] }, // "Why not?" asks nothing
    { text: 'Knappe mannen op het terras, wat wil je nog meer? Vanaf vandaag zijn we open tot laat.', platform: 'instagram', errors: [{ messageId: 'noInvitation' }] }, // "wat wil je nog meer?" asks nothing
    { text: 'Why do we close on Mondays? Because our team deserves a day off too.', platform: 'linkedin', errors: [{ messageId: 'noInvitation' }] }, // a question the writer answers at once
    { text: 'Of we klaar zijn voor de drukte? Nee, nog lang niet. Maar we gaan ervoor.', platform: 'x', errors: [{ messageId: 'noInvitation' }] }, // answered with "Nee"
    { text: 'Kibbeh maken? Makkelijk, toch? Nou, schijn bedriegt.', platform: 'linkedin', errors: [{ messageId: 'noInvitation' }] }, // a run of questions the writer answers
    { text: 'The best part? Every volunteer came back the next week.', platform: 'facebook', errors: [{ messageId: 'noInvitation' }] }, // a setup fragment the next sentence completes
    { text: 'En het resultaat? Veertig nieuwe leden in een maand.', platform: 'linkedin', errors: [{ messageId: 'noInvitation' }] }, // a Dutch setup fragment
    { text: 'Excited to share this video we made for the food bank. Their message comes across well.', platform: 'linkedin', errors: [{ messageId: 'noInvitation' }] }, // "excited to share this": the writer shares, the reader is not asked
    { text: 'We support all the volunteers who share it with their neighbours.', platform: 'linkedin', errors: [{ messageId: 'noInvitation' }] }, // "who share it" tells what others do
    { text: 'Five basics of data work:\n\n1. Collection:\n- Sources: Apply checks to every source.\n- Storage: Use one warehouse.', platform: 'linkedin', errors: [{ messageId: 'noInvitation' }] }, // a verb in a how-to list gives advice
    { text: 'Als iemand die zelf mantelzorger is, weet ik hoe zwaar het kan zijn.', platform: 'linkedin', errors: [{ messageId: 'noInvitation' }] }, // "als iemand die" is "as someone who", no invitation
    { text: 'Three of our students will join @acme next month as interns.', platform: 'linkedin', errors: [{ messageId: 'noInvitation' }] }, // a verb in mid-sentence before an account tells what happens
    { text: 'I was so nervous to ask @rza for a picture that two publicists did it for me.', platform: 'instagram', errors: [{ messageId: 'noInvitation' }] }, // "to ask @rza" narrates, it asks the reader nothing
    { text: 'I am proud that my partners only use @wheelsup for every flight.', platform: 'instagram', errors: [{ messageId: 'noInvitation' }] }, // "only use @…" says what others do
    { text: 'We moved the whole stack to Node.js/React this year.', platform: 'linkedin', errors: [{ messageId: 'noInvitation' }] }, // a code file's name before a slash is no short link
    { text: "Here's hoping the weather holds for the match.", platform: 'facebook', errors: [{ messageId: 'noInvitation' }] }, // "Here's hoping" is a wish, not a pointer to content
    { text: "It's Wednesday right? 🤷🏻‍♀️well these are my sisters, my daily crush.", platform: 'instagram', errors: [{ messageId: 'noInvitation' }] }, // an answer glued to an emoji ("🤷🏻‍♀️well") still answers
    { text: 'Would I do it again? Probably not. It cost us a whole summer.', platform: 'linkedin', errors: [{ messageId: 'noInvitation' }] }, // "Probably not" answers the writer's own question
    { text: 'Happy birthday to our founder! We all miss you. See you very soon!', platform: 'instagram', errors: [{ messageId: 'noInvitation' }] }, // "see you soon" says goodbye, it asks nothing
    { text: 'Repost @socialanimals : the new print is numbered and signed.', platform: 'instagram', errors: [{ messageId: 'noInvitation' }] }, // "Repost @…" credits the post it shares
    { text: 'We keep an eye out for new talent all year round.', platform: 'linkedin', errors: [{ messageId: 'noInvitation' }] }, // "we keep an eye out" says what the writer does
    { text: 'Ik houd de cijfers in de gaten.', platform: 'linkedin', errors: [{ messageId: 'noInvitation' }] }, // "ik houd … in de gaten" says what the writer does: only an opening "Houd" asks
    { text: 'We win a lot of pitches with this deck.', platform: 'linkedin', errors: [{ messageId: 'noInvitation' }] }, // "we win a" says what the writer does, it is no contest
    { text: 'Three habits of calm managers:\n- Learn how to say no.\n- Block time for deep work.', platform: 'linkedin', errors: [{ messageId: 'noInvitation' }] }, // "learn how" in a how-to list gives advice
  ],
});

describe('call-to-action details', () => {
  it('says nothing about a begging post: asking is a call to action, asking for too much is the tone rule\'s', () => {
    const findings = analyze({ text: 'Like, deel en reageer op dit bericht.', platform: 'facebook' }, { uiLocale: 'nl' }).findings;
    expect(findings.filter((f) => f.ruleId === 'call-to-action')).toEqual([]);
  });

  it("suggests invitations in the draft's language for the platform, as edits at the end", () => {
    const text = 'Vandaag veertig jongeren gesproken over stage lopen. De grootste zorg is een netwerk.';
    const [finding] = analyze({ text, platform: 'linkedin' }, { uiLocale: 'en' }).findings.filter((f) => f.ruleId === 'call-to-action');
    expect(finding?.suggestions?.map((suggestion) => suggestion.label)).toContain('Hoe pak jij dit aan?');
    expect(finding?.suggestions?.[0]?.edit).toMatchObject({ start: text.length, end: text.length, from: '' });
  });
});
